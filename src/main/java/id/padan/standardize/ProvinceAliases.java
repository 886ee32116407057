package id.padan.standardize;

import java.util.Map;

/**
 * The short names people write for provinces (KALTENG, JATIM, NTB, DKI, DIY), as name keys, with their codes.
 * Official names are matched through the table itself.
 */
final class ProvinceAliases {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NAD", "11"), Map.entry("NANGGROEACEHDARUSSALAM", "11"),
            Map.entry("SUMUT", "12"), Map.entry("SUMBAR", "13"), Map.entry("SUMSEL", "16"),
            Map.entry("BABEL", "19"), Map.entry("BANGKABELITUNG", "19"), Map.entry("KEPRI", "21"),
            Map.entry("DKI", "31"), Map.entry("DKIJAKARTA", "31"), Map.entry("JAKARTA", "31"),
            Map.entry("JABAR", "32"), Map.entry("JATENG", "33"),
            Map.entry("DIY", "34"), Map.entry("DIYOGYAKARTA", "34"), Map.entry("YOGYAKARTA", "34"),
            Map.entry("JOGJA", "34"), Map.entry("JOGJAKARTA", "34"),
            Map.entry("JATIM", "35"), Map.entry("NTB", "52"), Map.entry("NTT", "53"),
            Map.entry("KALBAR", "61"), Map.entry("KALTENG", "62"), Map.entry("KALSEL", "63"),
            Map.entry("KALTIM", "64"), Map.entry("KALTARA", "65"),
            Map.entry("SULUT", "71"), Map.entry("SULTENG", "72"), Map.entry("SULSEL", "73"),
            Map.entry("SULTRA", "74"), Map.entry("SULBAR", "76"), Map.entry("MALUT", "82"),
            Map.entry("PABAR", "92"), Map.entry("PAPBAR", "92"));

    private ProvinceAliases() {
    }

    /** The province code for a short name key, or null. */
    static String codeOf(String key) {
        return CODES.get(key);
    }
}
