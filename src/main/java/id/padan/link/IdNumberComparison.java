package id.padan.link;

import java.util.List;

/**
 * An identity number such as a NIK: the same, one digit different, two neighbouring digits swapped, or different.
 * Hamming distance counts differing positions; a Damerau–Levenshtein distance of 1 at equal length is a swap.
 *
 * @param name   model name, e.g. {@code nik}
 * @param title  label prefix, e.g. {@code NIK}
 * @param column the column compared
 */
public record IdNumberComparison(String name, String title, String column) implements Comparison {
    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.of(l + " = " + r, title + ": sama"),
                Level.of("length(" + l + ") = length(" + r + ") AND hamming(" + l + ", " + r + ") = 1",
                        title + ": 1 digit beda"),
                Level.of("length(" + l + ") = length(" + r + ") AND damerau_levenshtein(" + l + ", " + r + ") = 1",
                        title + ": 2 digit tertukar"),
                Level.of("TRUE", title + ": beda"));
    }
}
