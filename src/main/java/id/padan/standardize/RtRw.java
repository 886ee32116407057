package id.padan.standardize;

/**
 * Reads an RT or RW number from its own column: {@code 3}, {@code 03}, {@code 003}, {@code RT 3}, {@code RW.01},
 * {@code 3.0} (numeric cell) all become {@code 003}. Blank, {@code -}, {@code 0} and {@code 00} mean unknown.
 */
public final class RtRw {

    private static final int MAX_DIGITS = 3;

    private RtRw() {
    }

    /** The number padded to three digits, or null when unknown. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        int n = raw.length();
        int i = 0;
        while (i < n && !isDigit(raw.charAt(i))) {
            char c = raw.charAt(i);
            // "RT 3", "RW.01", "Rt: 3" and blanks may come before the number; anything else is not an RT
            if (!(c == 'R' || c == 'r' || c == 'T' || c == 't' || c == 'W' || c == 'w' || c == '.' || c == ':'
                    || c == '\'' || NameTokenizer.isSpace(c))) {
                return null;
            }
            i++;
        }
        while (i < n && raw.charAt(i) == '0') {
            i++;
        }
        int start = i;
        while (i < n && isDigit(raw.charAt(i))) {
            i++;
        }
        int length = i - start;
        if (length == 0 || length > MAX_DIGITS) {
            return null;
        }
        return pad(raw.substring(start, i));
    }

    static String pad(String digits) {
        switch (digits.length()) {
            case 1: return "00" + digits;
            case 2: return "0" + digits;
            default: return digits;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
