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
    public List<String> columns() {
        return List.of(column, tokenColumn);
    }

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", column);
        String r = Comparison.col("r", column);
        String lt = Comparison.col("l", tokenColumn);
        String rt = Comparison.col("r", tokenColumn);
        String bestSimilarity = "greatest(jaro_winkler_similarity(" + l + ", " + r + "), jaro_winkler_similarity("
                + lt + ", " + rt + "))";
        String lTokens = Comparison.col("l", tokenList());
        String rTokens = Comparison.col("r", tokenList());
        return List.of(
                Level.of(Comparison.missing(column), title + ": kosong"),
                Level.agreeing(l + " = " + r, title + ": sama"),
                Level.agreeing(lt + " = " + rt, title + ": token sama"),
                Level.of(bestSimilarity + " >= " + VERY_SIMILAR, title + ": sangat mirip"),
                Level.of("list_has_all(" + lTokens + ", " + rTokens + ") OR list_has_all(" + rTokens + ", " + lTokens
                        + ")", title + ": sebagian token sama"),
                Level.of(bestSimilarity + " >= " + SIMILAR, title + ": mirip"),
                Level.of(Comparison.col("l", initials()) + " = " + Comparison.col("r", initials()),
                        title + ": inisial cocok"),
                Level.of("TRUE", title + ": beda"));
    }

    /** The name's tokens as a list, and the first letters of its tokens in written order. */
    @Override
    public java.util.Map<String, String> derived() {
        java.util.Map<String, String> derived = new java.util.LinkedHashMap<>();
        derived.put(tokenList(), "string_split(" + Comparison.quote(tokenColumn) + ", ' ')");
        derived.put(initials(), "array_to_string(list_transform(string_split(" + Comparison.quote(column)
                + ", ' '), lambda t: t[1]), '')");
        return derived;
    }

    private String tokenList() {
        return column + "__token_list";
    }

    private String initials() {
        return column + "__initials";
    }

    @Override
    public String frequencyColumn() {
        return tokenColumn;
    }
}
