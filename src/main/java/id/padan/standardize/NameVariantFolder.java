package id.padan.standardize;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps abbreviations and spelling variants of the most common Arabic name words to one form: M., MOH., MOCH., MUH.,
 * MHD and MOCHAMMAD all become MUHAMMAD, ABD. becomes ABDUL, ACHMAD becomes AHMAD. Later folds (doubled letters) then
 * treat the canonical form like any other word.
 */
final class NameVariantFolder implements NameCleaner {

    private static final String MUHAMMAD = "MUHAMMAD";

    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("M", MUHAMMAD), Map.entry("MD", MUHAMMAD), Map.entry("MHD", MUHAMMAD),
            Map.entry("MHMD", MUHAMMAD), Map.entry("MOH", MUHAMMAD), Map.entry("MOHD", MUHAMMAD),
            Map.entry("MOCH", MUHAMMAD), Map.entry("MOCHD", MUHAMMAD), Map.entry("MUH", MUHAMMAD),
            Map.entry("MUHD", MUHAMMAD), Map.entry("MUCH", MUHAMMAD), Map.entry("MOEH", MUHAMMAD),
            Map.entry("ABD", "ABDUL"), Map.entry("ABDL", "ABDUL"),
            Map.entry("ACHMAD", "AHMAD"), Map.entry("AKHMAD", "AHMAD"), Map.entry("AHMAT", "AHMAD"),
            Map.entry("ACHMAT", "AHMAD"), Map.entry("AKHMAT", "AHMAD"), Map.entry("AHMED", "AHMAD"),
            Map.entry("ACHMED", "AHMAD"),
            // NOER folds to NUR on its own (OE to U); NOOR and NOR are the Banjar and Malay spellings of NUR
            Map.entry("NOOR", "NUR"), Map.entry("NOR", "NUR"));

    /** MUHAMMAD, MOHAMAD, MOCHAMMAD, MUCHAMAD, MUKHAMMAD, MOHAMMED, MOEHAMAD, MUHAMED, ... */
    private static final Pattern SPELLED_MUHAMMAD = Pattern.compile("M(?:U|O|OE|OU)?(?:H|CH|KH)?[AE]M{1,3}[AE]D");

    @Override
    public void clean(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String canonical = VARIANTS.get(word);
            if (canonical == null && looksLikeMuhammad(word)) {
                canonical = MUHAMMAD;
            }
            if (canonical != null) {
                words.set(i, canonical);
            }
        }
    }

    private static boolean looksLikeMuhammad(String word) {
        return word.length() >= 5 && word.length() <= 11 && word.charAt(0) == 'M' && word.charAt(word.length() - 1) == 'D'
                && SPELLED_MUHAMMAD.matcher(word).matches();
    }
}
