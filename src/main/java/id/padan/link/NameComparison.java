package id.padan.link;

import java.util.List;

/**
 * A standardized person name. {@code column} holds the name in written order, {@code tokenColumn} the same tokens
 * sorted (an order-free key). Similarities are Jaro–Winkler similarities (1 = identical).
 *
 * @param name        model name, e.g. {@code nama}
 * @param title       label prefix, e.g. {@code nama}
 * @param column      standardized name in written order
 * @param tokenColumn the name's tokens, sorted and joined by one space
 */
public record NameComparison(String name, String title, String column, String tokenColumn) implements Comparison {
    static final double VERY_SIMILAR = 0.92;
    static final double SIMILAR = 0.84;

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        String lt = Comparison.col("l", tokenColumn);
        String rt = Comparison.col("r", tokenColumn);
        String bestSimilarity = "greatest(jaro_winkler_similarity(" + l + ", " + r + "), jaro_winkler_similarity("
                + lt + ", " + rt + "))";
        String lTokens = "string_split(" + lt + ", ' ')";
        String rTokens = "string_split(" + rt + ", ' ')";
        String initials = "list_transform(string_split(%s, ' '), lambda t: t[1])";
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.agreeing(l + " = " + r, title + ": sama"),
                Level.agreeing(lt + " = " + rt, title + ": token sama"),
                Level.of(bestSimilarity + " >= " + VERY_SIMILAR, title + ": sangat mirip"),
                Level.of("list_has_all(" + lTokens + ", " + rTokens + ") OR list_has_all(" + rTokens + ", " + lTokens
                        + ")", title + ": sebagian token sama"),
                Level.of(bestSimilarity + " >= " + SIMILAR, title + ": mirip"),
                Level.of(String.format(initials, l) + " = " + String.format(initials, r), title + ": inisial cocok"),
                Level.of("TRUE", title + ": beda"));
    }

    @Override
    public String frequencyColumn() {
        return tokenColumn;
    }
}
