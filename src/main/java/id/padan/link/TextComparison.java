package id.padan.link;

import java.util.List;

/**
 * Free text such as a mother's name, a street or a suburb, by Jaro–Winkler similarity bands (1 = identical).
 *
 * @param name      model name, e.g. {@code nama_ibu}
 * @param title     label prefix, e.g. {@code nama ibu}
 * @param column    the column compared
 * @param frequency whether a rare agreeing value counts for more than a common one
 */
public record TextComparison(String name, String title, String column, boolean frequency) implements Comparison {
    static final double VERY_SIMILAR = 0.92;
    static final double SIMILAR = 0.80;

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        String similarity = "jaro_winkler_similarity(" + l + ", " + r + ")";
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.agreeing(l + " = " + r, title + ": sama"),
                Level.of(similarity + " >= " + VERY_SIMILAR, title + ": sangat mirip"),
                Level.of(similarity + " >= " + SIMILAR, title + ": mirip"),
                Level.of("TRUE", title + ": beda"));
    }

    @Override
    public String frequencyColumn() {
        return frequency ? column : null;
    }
}
