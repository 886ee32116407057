package id.padan.standardize;

import java.util.Locale;

/**
 * Reads a registry person id as SIKS-NG, DTSEN and village lists write it: a GUID ({@code 98CF41C1-9EB9-...}) in
 * upper or lower case, sometimes in braces or quotes, or DTSEN's numeric {@code idsemesta}. The result compares
 * exactly across files, so a recipient's {@code id_dtks} finds its registry row.
 */
public final class IdDtks {
    private IdDtks() {
    }

    /** The id upper case without blanks, braces or quotes; null when blank or a placeholder ({@code -}, {@code 0}). */
    public static String parse(String raw) {
        String text = IdNumberText.unwrap(raw);
        StringBuilder id = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!NameTokenizer.isSpace(c) && c != '{' && c != '}' && c != '"' && c != '\'') {
                id.append(c);
            }
        }
        String result = id.toString().toUpperCase(Locale.ROOT);
        if (result.isEmpty() || result.equals("-") || result.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return result;
    }
}
