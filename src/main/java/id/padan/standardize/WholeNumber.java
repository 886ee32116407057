package id.padan.standardize;

/**
 * Reads a small whole number from a cell that may hold it as a float: {@code 3}, {@code 03}, {@code 3.0},
 * {@code 3,00} (a numeric cell in the Indonesian locale).
 */
final class WholeNumber {

    static final int NONE = -1;
    private static final int MAX_DIGITS = 6;

    private WholeNumber() {
    }

    /** The number, or {@link #NONE} when the text (already trimmed) is not a whole number. */
    static int parse(String text, int from) {
        int n = text.length();
        int i = from;
        int value = 0;
        int digits = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            if (++digits > MAX_DIGITS) {
                return NONE;
            }
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (digits == 0) {
            return NONE;
        }
        if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            if (i == n) {
                return NONE;
            }
            while (i < n && text.charAt(i) == '0') {
                i++;
            }
        }
        return i == n ? value : NONE;
    }
}
