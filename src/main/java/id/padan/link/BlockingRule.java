package id.padan.link;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A blocking rule: the pairs whose keys are all equal are compared. Rules run in order and a rule skips the pairs an
 * earlier rule already produced, so each pair is compared once and remembers the rule that found it.
 *
 * @param name names the rule in logs and in {@code match_key}, e.g. {@code NIK}
 * @param keys the equalities, all required
 */
public record BlockingRule(String name, List<BlockingKey> keys) {
    public BlockingRule {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("blocking rule '" + name + "' has no keys");
        }
    }

    public static BlockingRule of(String name, String... keys) {
        return new BlockingRule(name, java.util.Arrays.stream(keys).map(BlockingKey::parse).toList());
    }

    /** The join condition of this rule over the aliases {@code l} and {@code r}. */
    public String conditionSql() {
        return keys.stream().map(BlockingKey::equalitySql).collect(Collectors.joining(" AND "));
    }

    /**
     * The SELECT that produces this rule's new pairs: joined on its keys, without the pairs of earlier rules (a key
     * that is NULL never matches, so an earlier rule with a NULL key did not produce the pair).
     *
     * @param ruleIndex the number stored with each pair
     * @param earlier   the rules before this one
     * @param extraJoin an extra condition (e.g. {@code l.id < r.id} when deduplicating), or null
     */
    public String pairsSql(String leftTable, String rightTable, int ruleIndex, List<BlockingRule> earlier,
            String extraJoin) {
        StringBuilder sql = new StringBuilder("SELECT l.id AS id_l, r.id AS id_r, ").append(ruleIndex)
                .append(" AS rule FROM ").append(leftTable).append(" l JOIN ").append(rightTable).append(" r ON ")
                .append(conditionSql());
        if (extraJoin != null) {
            sql.append(" AND ").append(extraJoin);
        }
        for (BlockingRule rule : earlier) {
            sql.append(" AND NOT coalesce(").append(rule.conditionSql()).append(", FALSE)");
        }
        return sql.toString();
    }

    @Override
    public String toString() {
        return name + " [" + keys.stream().map(BlockingKey::toString).collect(Collectors.joining(", ")) + "]";
    }
}
