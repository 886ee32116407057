package id.padan.link;

import java.util.List;

/**
 * One field-by-field comparison of a pair. Level 0 is always "missing on either side" (it carries no weight, so a
 * missing value never counts as a disagreement); the last level is "else" (the values disagree).
 */
public sealed interface Comparison permits IdNumberComparison, NameComparison, DateComparison, ExactComparison,
        PlaceComparison, TextComparison {
    /** Levels are numbered 0..9 in a pair's comparison vector, so at most ten. */
    int MAX_LEVELS = 10;

    /** Short stable name used in the model file, e.g. {@code nik}. */
    String name();

    /** The columns this comparison reads. */
    List<String> columns();

    /**
     * Values computed once per record before pairs are compared (column name to SQL over the record's own columns),
     * so that a pair's levels do not recompute them.
     */
    default java.util.Map<String, String> derived() {
        return java.util.Map.of();
    }

    /** The levels, missing first and disagreement last. */
    List<Level> levels();

    /** The column whose value frequency adjusts the weight of agreeing levels, or null for none. */
    default String frequencyColumn() {
        return null;
    }

    /** The SQL expression that gives the level index of a pair. */
    default String levelSql() {
        List<Level> levels = levels();
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < levels.size() - 1; i++) {
            sql.append(" WHEN ").append(levels.get(i).condition()).append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(levels.size() - 1).append(" END").toString();
    }

    static String col(String alias, String column) {
        return alias + "." + quote(column);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String missing(String column) {
        return col("l", column) + " IS NULL OR " + col("r", column) + " IS NULL";
    }
}
