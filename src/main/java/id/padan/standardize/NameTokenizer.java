package id.padan.standardize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a raw name into upper-case letter runs. One pass over the characters, no regex: this runs for every name,
 * mother's name and father's name of millions of rows.
 */
final class NameTokenizer {

    private NameTokenizer() {
    }

    static List<NamePiece> split(String raw) {
        List<NamePiece> pieces = new ArrayList<>(6);
        StringBuilder current = new StringBuilder(16);
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            char letter = upperLetter(c);
            if (letter != 0) {
                current.append(letter);
                continue;
            }
            if (current.length() > 0 && i + 1 < n && upperLetter(raw.charAt(i + 1)) != 0) {
                // MAS'UD and MA'RUF are one word; the apostrophe is often dropped in other files
                if (isApostrophe(c)) {
                    continue;
                }
                // AN-NISA, AL-AMIN, AZ-ZAHRA are written glued (ANNISA) just as often
                if (c == '-' && isArabicArticle(current)) {
                    continue;
                }
            }
            if (current.length() == 0) {
                continue;
            }
            pieces.add(new NamePiece(current.toString(), separatorAt(raw, i)));
            current.setLength(0);
        }
        if (current.length() > 0) {
            pieces.add(new NamePiece(current.toString(), NamePiece.Separator.END));
        }
        return pieces;
    }

    private static NamePiece.Separator separatorAt(String raw, int i) {
        char c = raw.charAt(i);
        if (c == '.') {
            boolean glued = i + 1 < raw.length() && upperLetter(raw.charAt(i + 1)) != 0;
            return glued ? NamePiece.Separator.GLUED_DOT : NamePiece.Separator.SPACED_DOT;
        }
        if (isSpace(c)) {
            // "S .PD" and "H ." are typing slips of "S.PD" and "H."
            int j = i;
            while (j < raw.length() && isSpace(raw.charAt(j))) {
                j++;
            }
            if (j < raw.length() && raw.charAt(j) == '.') {
                return NamePiece.Separator.SPACED_DOT;
            }
            if (j == raw.length()) {
                return NamePiece.Separator.END;
            }
            return upperLetter(raw.charAt(j)) != 0 ? NamePiece.Separator.SPACE : NamePiece.Separator.OTHER;
        }
        return NamePiece.Separator.OTHER;
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B;
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4';
    }

    private static boolean isArabicArticle(StringBuilder s) {
        int len = s.length();
        if (len < 2 || len > 3 || s.charAt(0) != 'A') {
            return false;
        }
        char second = s.charAt(1);
        boolean article = second == 'L' || second == 'Z' || second == 'S' || second == 'N' || second == 'R'
                || second == 'D' || second == 'T';
        return article && (len == 2 || s.charAt(2) == 'Y' || s.charAt(2) == 'H');
    }

    /** The upper-case ASCII letter for {@code c}, folding accents (É to E), or 0 when it is no letter. */
    static char upperLetter(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c;
        }
        if (c >= 'a' && c <= 'z') {
            return (char) (c - 32);
        }
        if (c < 128 || !Character.isLetter(c)) {
            return 0;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toUpperCase(decomposed.charAt(0));
        return base >= 'A' && base <= 'Z' ? base : 0;
    }
}
