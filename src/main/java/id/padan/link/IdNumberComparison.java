package id.padan.link;

import java.util.List;

/**
 * An identity number such as a NIK: the same, one digit different, two neighbouring digits swapped, or different.
 * Hamming distance counts differing positions; two differing positions at a Damerau–Levenshtein distance of 1 are
 * a swap of neighbours.
 *
 * @param name   model name, e.g. {@code nik}
 * @param title  label prefix, e.g. {@code NIK}
 * @param column the column compared
 */
public record IdNumberComparison(String name, String title, String column) implements Comparison {
    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.of(l + " = " + r, title + ": sama"),
                Level.of("length(" + l + ") = length(" + r + ") AND hamming(" + l + ", " + r + ") = 1",
                        title + ": 1 digit beda"),
                // Hamming 2 first: Damerau-Levenshtein is costly and a swap of neighbours always differs in 2 places
                Level.of("length(" + l + ") = length(" + r + ") AND hamming(" + l + ", " + r + ") = 2 AND "
                        + "damerau_levenshtein(" + l + ", " + r + ") = 1",
                        title + ": 2 digit tertukar"),
                Level.of("TRUE", title + ": beda"));
    }
}
