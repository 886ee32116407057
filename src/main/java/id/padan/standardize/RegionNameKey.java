package id.padan.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form in which region names are compared: upper-case letters and digits only, without the administrative word
 * in front, with the common abbreviations and roman numerals folded. "KOTA PALANGKA RAYA" and "Kota Palangkaraya"
 * both become PALANGKARAYA; "SUNGAI PASAH" and "Sei Pasah" both become SEIPASAH; "Mekar Jaya II" and "MEKAR JAYA 2"
 * meet.
 *
 * @param key  the comparison form; empty when the name has no letters or digits
 * @param kota for level 2: TRUE when written as a city (KOTA ...), FALSE when written as a regency (KAB. ...), null
 *             when the name does not say
 */
record RegionNameKey(String key, Boolean kota) {

    private static final Set<String> PROVINCE_WORDS = Set.of("PROVINSI", "PROV", "PROPINSI");
    private static final Set<String> REGENCY_WORDS = Set.of("KABUPATEN", "KAB", "ADMINISTRASI", "ADM");
    private static final Set<String> CITY_WORDS = Set.of("KOTA", "KOTAMADYA", "KODYA");
    private static final Set<String> KECAMATAN_WORDS = Set.of("KECAMATAN", "KEC");
    private static final Set<String> VILLAGE_WORDS = Set.of("DESA", "DS", "KELURAHAN", "KEL");

    private static final Map<String, String> WORD_FOLDS = Map.ofEntries(
            Map.entry("SUNGAI", "SEI"), Map.entry("SUNGEI", "SEI"), Map.entry("SGI", "SEI"), Map.entry("SG", "SEI"),
            Map.entry("TANJUNG", "TJ"), Map.entry("TANJONG", "TJ"), Map.entry("TJG", "TJ"), Map.entry("TG", "TJ"),
            Map.entry("I", "1"), Map.entry("II", "2"), Map.entry("III", "3"), Map.entry("IV", "4"),
            Map.entry("V", "5"), Map.entry("VI", "6"), Map.entry("VII", "7"), Map.entry("VIII", "8"),
            Map.entry("IX", "9"), Map.entry("X", "10"));

    /** The key with the administrative words in front removed. */
    static RegionNameKey of(String raw, RegionLevel level) {
        List<String> words = words(raw);
        Boolean kota = null;
        int start = 0;
        while (start < words.size() - 1 && isAdministrativeWord(words.get(start), level)) {
            String word = words.get(start);
            if (CITY_WORDS.contains(word)) {
                kota = Boolean.TRUE;
            } else if (kota == null && (word.equals("KABUPATEN") || word.equals("KAB"))) {
                kota = Boolean.FALSE;
            }
            start++;
        }
        return new RegionNameKey(join(words, start), level == RegionLevel.KABUPATEN_KOTA ? kota : null);
    }

    /** The key of every word, for names in which the administrative word is part of the name (KOTA BARU). */
    static RegionNameKey literal(String raw) {
        return new RegionNameKey(join(words(raw), 0), null);
    }

    private static boolean isAdministrativeWord(String word, RegionLevel level) {
        switch (level) {
            case PROVINSI: return PROVINCE_WORDS.contains(word);
            case KABUPATEN_KOTA: return REGENCY_WORDS.contains(word) || CITY_WORDS.contains(word);
            case KECAMATAN: return KECAMATAN_WORDS.contains(word);
            default: return VILLAGE_WORDS.contains(word);
        }
    }

    private static List<String> words(String raw) {
        List<String> words = new ArrayList<>(4);
        if (raw == null) {
            return words;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : ' ';
            char letter = NameTokenizer.upperLetter(c);
            if (letter != 0) {
                current.append(letter);
            } else if (c >= '0' && c <= '9') {
                current.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '`') {
                continue; // Regapu'u
            } else if (current.length() > 0) {
                String word = current.toString();
                words.add(WORD_FOLDS.getOrDefault(word, word));
                current.setLength(0);
            }
        }
        return words;
    }

    private static String join(List<String> words, int start) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < words.size(); i++) {
            sb.append(words.get(i));
        }
        return sb.toString();
    }
}
