package id.padan.link;

import java.util.Locale;

/**
 * One equality of a blocking rule: a column, optionally reduced to a coarser key so that near-equal values meet.
 * Written in job files as {@code column} or {@code column:transform}, e.g. {@code nama_std:first1}.
 *
 * @param column    the column of the prepared link input
 * @param transform how the value is reduced before comparing
 */
public record BlockingKey(String column, Transform transform) {
    public enum Transform {
        /** the value itself */
        NONE,
        /** the first letter */
        FIRST1,
        /** the first three letters */
        FIRST3,
        /** the first letter followed by the consonants, without H, W and Y: SUKARNO -> SKRN */
        SOUND,
        /** the year of a date */
        YEAR;

        String apply(String expression) {
            return switch (this) {
                case NONE -> expression;
                case FIRST1 -> "left(" + expression + ", 1)";
                case FIRST3 -> "left(" + expression + ", 3)";
                case SOUND -> "(left(" + expression + ", 1) || regexp_replace(substr(" + expression
                        + ", 2), '[AEIOUHWY ]', '', 'g'))";
                case YEAR -> "year(" + expression + ")";
            };
        }
    }

    /** Parses {@code column} or {@code column:transform}. */
    public static BlockingKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new BlockingKey(text.trim(), Transform.NONE);
        }
        String name = text.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
        Transform transform;
        try {
            transform = Transform.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown key transform '" + text.substring(colon + 1).trim()
                    + "'; use one of first1, first3, sound, year");
        }
        return new BlockingKey(text.substring(0, colon).trim(), transform);
    }

    String sql(String alias) {
        return Comparison.col(alias, derivedColumn());
    }

    /** The column that holds this key once the inputs are prepared: the column itself, or its reduced copy. */
    String derivedColumn() {
        return transform == Transform.NONE ? column : column + "__" + transform.name().toLowerCase(Locale.ROOT);
    }

    /** The SQL that computes the key from a record's own columns. */
    String derivedSql() {
        return transform.apply(Comparison.quote(column));
    }

    /** The equality of this key between the two sides of a pair. */
    String equalitySql() {
        return sql("l") + " = " + sql("r");
    }

    @Override
    public String toString() {
        return transform == Transform.NONE ? column : column + ":" + transform.name().toLowerCase(Locale.ROOT);
    }
}
