package id.padan.link;

import java.util.List;

/**
 * A date such as a birth date: the same, day and month swapped, same year with one of day or month different, the
 * year one off with day and month the same, or different.
 *
 * @param name   model name, e.g. {@code tgl_lahir}
 * @param title  label prefix, e.g. {@code tgl lahir}
 * @param column a DATE column
 */
public record DateComparison(String name, String title, String column) implements Comparison {
    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        String sameYear = "year(" + l + ") = year(" + r + ")";
        String sameMonth = "month(" + l + ") = month(" + r + ")";
        String sameDay = "day(" + l + ") = day(" + r + ")";
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.of(l + " = " + r, title + ": sama"),
                Level.of(sameYear + " AND day(" + l + ") = month(" + r + ") AND month(" + l + ") = day(" + r + ")",
                        title + ": hari-bulan tertukar"),
                Level.of(sameYear + " AND (" + sameMonth + " OR " + sameDay + ")", title + ": tahun sama, 1 bagian beda"),
                Level.of("abs(year(" + l + ") - year(" + r + ")) = 1 AND " + sameMonth + " AND " + sameDay,
                        title + ": tahun beda 1"),
                Level.of("TRUE", title + ": beda"));
    }
}
