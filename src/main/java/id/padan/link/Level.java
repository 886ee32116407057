package id.padan.link;

/**
 * One level of a comparison: the SQL condition that selects it (over the pair aliases {@code l} and {@code r}) and
 * the Indonesian label a data officer reads in explanations.
 *
 * @param condition      SQL boolean over {@code l.*} and {@code r.*}; levels are tried in order, first true wins
 * @param label          e.g. {@code NIK: 1 digit beda}
 * @param valueAgreement true when both values are the same value, so a term-frequency adjustment applies
 */
public record Level(String condition, String label, boolean valueAgreement) {
    static Level of(String condition, String label) {
        return new Level(condition, label, false);
    }

    static Level agreeing(String condition, String label) {
        return new Level(condition, label, true);
    }
}
