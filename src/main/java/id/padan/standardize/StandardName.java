package id.padan.standardize;

/**
 * A name after standardization.
 *
 * @param std      the name words in their written order, joined by one space; null when nothing is left
 * @param tokenKey the distinct words sorted alphabetically and joined by one space, so that SITI NURHAYATI and
 *                 NURHAYATI SITI compare equal; null when nothing is left
 */
public record StandardName(String std, String tokenKey) {

    static final StandardName EMPTY = new StandardName(null, null);

    public boolean isEmpty() {
        return std == null;
    }
}
