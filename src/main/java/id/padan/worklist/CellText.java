package id.padan.worklist;

import java.util.Locale;

/**
 * Text as it goes into a worklist cell. A spreadsheet treats a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula when the file is opened or a CSV is re-read, so a
 * name such as {@code =HYPERLINK(...)} typed into a source list could act on the TKSK's computer. Such text gets a
 * leading apostrophe, which spreadsheets show as text and which {@link #restore} takes off again on import.
 */
public final class CellText {
    private static final String MASK = "******";

    private CellText() {
    }

    public static String neutralize(String text) {
        if (text == null || text.isEmpty() || !startsLikeFormula(text) || onlyDashes(text)) {
            return text == null ? "" : text;
        }
        return "'" + text;
    }

    /** The text as padan wrote it before {@link #neutralize}; other text is returned trimmed. */
    public static String restore(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell.trim();
    }

    static boolean startsLikeFormula(String text) {
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A lone "-" (a blank filler in many lists) cannot compute anything, and an apostrophe before it only confuses. */
    private static boolean onlyDashes(String text) {
        return text.chars().allMatch(c -> c == '-');
    }

    /**
     * A NIK as printed for people: the first 6 digits (where the person was first registered), {@code ******} and
     * the last 4, as the central format does; the whole number only when the job asks for it. Text with fewer than
     * 10 digits identifies nobody and shows what went wrong ({@code 6,20301E+15} from Excel), so it stays as written;
     * other text too short to keep both ends is masked entirely.
     */
    public static String nik(String nik, boolean full) {
        if (nik == null || nik.isBlank()) {
            return "";
        }
        String text = nik.trim();
        if (full || text.chars().filter(Character::isDigit).count() < 10) {
            return text;
        }
        if (text.length() < 10) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6) + MASK + text.substring(text.length() - 4);
    }

    private static final java.util.regex.Pattern NIK_IN_TEXT = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    /** A sentence with every 16-digit number in it (a NIK or No. KK quoted in a reason) masked like {@link #nik}. */
    public static String maskNumbersIn(String sentence, boolean full) {
        if (sentence == null || full) {
            return sentence;
        }
        return NIK_IN_TEXT.matcher(sentence).replaceAll(m -> nik(m.group(), false));
    }

    /** Compares identity text as a person reads it: case, surrounding and repeated spaces do not matter. */
    static String comparable(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
