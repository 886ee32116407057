package id.padan.standardize;

import java.util.regex.Pattern;

/**
 * Reads a NIK or KK number as people type it into spreadsheets and turns it into plain digits, or says why it cannot.
 *
 * <p>Separators (spaces, non-breaking spaces, dots, dashes), the apostrophe Excel users type to force text, the
 * {@code ="..."} text formula and surrounding quotes are removed. A number that went through a numeric Excel cell is
 * recognised by its shape: scientific notation ({@code 3.27E+15}), a decimal tail ({@code 3271046504870000.0}) or
 * thousands grouping ({@code 3.271.046.504.870.000}). Excel keeps 15 significant digits, so the 16th digit of such a
 * number is lost and shows as 0. That is reported, never repaired: guessing the digit would link the wrong person.
 */
final class IdNumberText {

    /** Excel and pandas render big numbers as 3.27E+15, 3,2701E+15 or 3.27104650487e15. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d*)?[eE][+]?\\d{1,2}");

    /** A number with a decimal tail of zeros, as tools render a float: 3271046504870000.0. */
    private static final Pattern DECIMAL_TAIL = Pattern.compile("(\\d{10,})[.,]0{1,2}");

    /** A number with thousands grouping, as Excel shows it in the Indonesian or English locale. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){4,}|\\d{1,3}(?:,\\d{3}){4,}");

    private static final int ID_LENGTH = 16;

    private IdNumberText() {
    }

    /** The outcome of cleaning: digits when {@code status} is null, otherwise why there are none. */
    record Cleaned(String digits, NikStatus status, String reason) {
        boolean hasDigits() {
            return digits != null;
        }
    }

    /**
     * @param raw   the text as read
     * @param label how the number is called in messages, "NIK" or "No. KK"
     */
    static Cleaned clean(String raw, String label) {
        if (isPlainId(raw)) {
            return new Cleaned(raw, null, null); // the usual case: nothing to clean
        }
        String text = unwrap(raw);
        if (isMissing(text)) {
            return new Cleaned(null, NikStatus.MISSING, label + " kosong");
        }
        if ((text.indexOf('E') >= 0 || text.indexOf('e') >= 0) && SCIENTIFIC.matcher(text).matches()) {
            return excelDamage(text, label);
        }
        char last = text.charAt(text.length() - 1);
        if (last == '0' && text.length() > 11) {
            var decimal = DECIMAL_TAIL.matcher(text);
            if (decimal.matches()) {
                String integer = decimal.group(1);
                // a 16-digit integer with a decimal tail came from a number; ending in 0 it lost its last digit
                if (integer.length() == ID_LENGTH && integer.charAt(ID_LENGTH - 1) == '0') {
                    return excelDamage(text, label);
                }
                // otherwise every digit survived (a float64 holds 16 digits up to 9.007E15): keep them
                text = integer;
            } else if (GROUPED.matcher(text).matches() && digitCount(text) == ID_LENGTH) {
                return excelDamage(text, label);
            }
        }
        StringBuilder digits = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return new Cleaned(null, NikStatus.NOT_DIGITS,
                        label + " berisi karakter bukan angka ('" + c + "')");
            }
        }
        if (digits.length() != ID_LENGTH) {
            return new Cleaned(null, NikStatus.BAD_LENGTH,
                    label + " " + digits.length() + " digit, seharusnya " + ID_LENGTH);
        }
        return new Cleaned(digits.toString(), null, null);
    }

    private static boolean isPlainId(String raw) {
        if (raw == null || raw.length() != ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ID_LENGTH; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Cleaned excelDamage(String text, String label) {
        return new Cleaned(null, NikStatus.EXCEL_TRUNCATED,
                label + " tersimpan sebagai angka di Excel (" + text + "): digit terakhir hilang");
    }

    /** Removes surrounding blanks, quotes, Excel's leading apostrophe and the ="..." text formula. */
    static String unwrap(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (true) {
            while (start < end && isBlankOrQuote(raw.charAt(start))) {
                start++;
            }
            while (end > start && isBlankOrQuote(raw.charAt(end - 1))) {
                end--;
            }
            if (end - start >= 1 && raw.charAt(start) == '=') {
                start++;
                continue;
            }
            return raw.substring(start, end);
        }
    }

    private static boolean isBlankOrQuote(char c) {
        return c == '\'' || c == '"' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D'
                || c == '\uFEFF' || c == '\u200B' || NameTokenizer.isSpace(c);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '\u2013' || NameTokenizer.isSpace(c) || c == '\u200B';
    }

    /** Blank, "-", "0", a run of zeros or dashes, or the words people write for "none". */
    static boolean isMissing(String text) {
        if (text.isEmpty()) {
            return true;
        }
        boolean onlyFiller = true;
        for (int i = 0; i < text.length() && onlyFiller; i++) {
            char c = text.charAt(i);
            onlyFiller = c == '0' || c == '-' || c == '.' || NameTokenizer.isSpace(c);
        }
        if (onlyFiller) {
            return true;
        }
        if (text.length() > 9 || Character.isDigit(text.charAt(0))) {
            return false;
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("NULL") || upper.equals("NA") || upper.equals("N/A") || upper.equals("TIDAK ADA")
                || upper.equals("TDK ADA") || upper.equals("BELUM ADA") || upper.equals("NONE") || upper.equals("#N/A");
    }

    private static int digitCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
