package id.padan.standardize;

import java.util.Arrays;
import java.util.List;

/**
 * Standardizes an Indonesian personal name for comparison: upper case, no punctuation, no titles, forms of address
 * or degrees, no patronymic, old spellings and common variants folded, doubled letters collapsed.
 *
 * <p>The result is a comparison key, not a display form: MUHAMMAD comes out as MUHAMAD and CAHYONO stays CAHYONO
 * whether it was written TJAHJONO or not. Show the raw name to people.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndonesianName {

    /** Order matters: variants are recognised as written (MOCH), before spellings are folded (MOKH). */
    private static final List<NameCleaner> CLEANERS = List.of(
            new PatronymicCutter(),
            new NameVariantFolder(),
            new OldSpellingFolder(),
            new LetterFolder());

    private IndonesianName() {
    }

    public static StandardName standardize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return StandardName.EMPTY;
        }
        List<String> words = NameHonorifics.nameWords(NameTokenizer.split(raw));
        for (NameCleaner cleaner : CLEANERS) {
            if (words.isEmpty()) {
                break;
            }
            cleaner.clean(words);
        }
        if (words.isEmpty()) {
            return StandardName.EMPTY;
        }
        return new StandardName(String.join(" ", words), tokenKey(words));
    }

    /**
     * The name as a registry form wants it written: upper case, without titles, forms of address, degrees or
     * punctuation, but with its own spelling and patronymic kept (H. MUHAMMAD RIDWAN, S.Pd. gives MUHAMMAD RIDWAN).
     */
    public static String withoutTitles(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return String.join(" ", NameHonorifics.nameWords(NameTokenizer.split(raw)));
    }

    private static String tokenKey(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        if (words.size() == 2) {
            String a = words.get(0);
            String b = words.get(1);
            int order = a.compareTo(b);
            return order == 0 ? a : order < 0 ? a + ' ' + b : b + ' ' + a;
        }
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder key = new StringBuilder(sorted.length * 8);
        String previous = null;
        for (String word : sorted) {
            if (word.equals(previous)) {
                continue;
            }
            if (previous != null) {
                key.append(' ');
            }
            key.append(word);
            previous = word;
        }
        return key.toString();
    }
}
