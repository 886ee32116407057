package id.padan.standardize;

import java.util.Locale;

/**
 * Tidies free text from a cell: trims, turns any run of whitespace (including non-breaking spaces, tabs and line
 * breaks inside a cell) into one space. Blank becomes null.
 */
final class FreeText {

    private FreeText() {
    }

    static String tidy(String raw) {
        if (raw == null) {
            return null;
        }
        if (isTidy(raw)) {
            return raw.isEmpty() ? null : raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpaceLike(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static String upper(String raw) {
        String tidy = tidy(raw);
        return tidy == null ? null : tidy.toUpperCase(Locale.ROOT);
    }

    /** Most cells are already tidy; checking is cheaper than copying. */
    private static boolean isTidy(String raw) {
        int n = raw.length();
        if (n == 0) {
            return true;
        }
        if (isSpaceLike(raw.charAt(0)) || isSpaceLike(raw.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = raw.charAt(i);
            if (c == ' ' ? raw.charAt(i + 1) == ' ' : isSpaceLike(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceLike(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B' || c == '\u2007' || c == '\u202F'
                || (c > 127 && Character.isWhitespace(c));
    }
}
