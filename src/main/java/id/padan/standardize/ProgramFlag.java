package id.padan.standardize;

import java.util.Set;

/**
 * Reads a yes/no program column (PKH, BPNT, PBI, KIP) of a registry export. Exports mark a recipient with
 * {@code YA}, {@code Y}, {@code 1}, {@code TRUE}, a tick ({@code V}, {@code ✓}) or the program's own name; a
 * non-recipient with {@code TIDAK}, {@code T}, {@code 0}, {@code N}, {@code -}. Blank is unknown.
 */
public final class ProgramFlag {

    private static final Set<String> YES = Set.of("YA", "Y", "1", "TRUE", "V", "ADA", "PENERIMA", "YES", "X");
    private static final Set<String> NO = Set.of("TIDAK", "T", "0", "N", "FALSE", "NO", "TDK", "TIDAKADA", "BUKAN");
    private static final Set<String> PROGRAMS = Set.of(
            "PKH", "BPNT", "PBI", "PBIJK", "PBIJKN", "KIP", "PIP", "BPNTPPKM", "SEMBAKO", "BST", "BLT", "KIS");

    private ProgramFlag() {
    }

    /** TRUE, FALSE, or null when blank or unrecognised. */
    public static Boolean parse(String raw) {
        String text = FreeText.tidy(raw);
        if (text == null) {
            return null;
        }
        char first = text.charAt(0);
        if (text.length() == 1 && (first == '\u2713' || first == '\u2714' || first == '\u2611')) {
            return Boolean.TRUE;
        }
        if (text.length() == 1 && (first == '-' || first == '\u2717' || first == '\u2718')) {
            return Boolean.FALSE;
        }
        int number = WholeNumber.parse(text, 0);
        if (number == 0 || number == 1) {
            return number == 1;
        }
        String key = Sex.lettersAndDigits(text);
        if (YES.contains(key) || PROGRAMS.contains(key)) {
            return Boolean.TRUE;
        }
        if (NO.contains(key)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
