package id.padan.link;

import java.util.List;

/**
 * A small code compared as is, such as sex (L/P) or a state.
 *
 * @param name      model name, e.g. {@code jenis_kelamin}
 * @param title     label prefix, e.g. {@code jenis kelamin}
 * @param column    the column compared
 * @param frequency whether a rare agreeing value counts for more than a common one
 */
public record ExactComparison(String name, String title, String column, boolean frequency) implements Comparison {
    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<Level> levels() {
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.agreeing(Comparison.col("l", column) + " = " + Comparison.col("r", column), title + ": sama"),
                Level.of("TRUE", title + ": beda"));
    }

    @Override
    public String frequencyColumn() {
        return frequency ? column : null;
    }
}
