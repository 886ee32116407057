package id.padan.standardize;

/**
 * Region names for output: upper case, single-spaced, without the administrative word in front (DESA, DS.,
 * KEL., KELURAHAN; KEC., KECAMATAN), so that "Desa  Selat Dalam" and "SELAT DALAM" read the same.
 */
public final class PlaceName {

    private static final String[] VILLAGE_PREFIXES = {
        "DESA/KELURAHAN", "DESA/KEL.", "DESA/KEL", "KELURAHAN", "DESA", "DS.", "DS", "KEL.", "KEL"};
    private static final String[] KECAMATAN_PREFIXES = {"KECAMATAN", "KEC.", "KEC"};

    private PlaceName() {
    }

    /** The village name without DESA / DS. / KEL. / KELURAHAN, or null when blank. */
    public static String village(String raw) {
        return withoutPrefix(FreeText.upper(raw), VILLAGE_PREFIXES);
    }

    /** The kecamatan name without KEC. / KECAMATAN, or null when blank. */
    public static String kecamatan(String raw) {
        return withoutPrefix(FreeText.upper(raw), KECAMATAN_PREFIXES);
    }

    private static String withoutPrefix(String upper, String[] prefixes) {
        if (upper == null) {
            return null;
        }
        for (String prefix : prefixes) {
            if (upper.length() > prefix.length() && upper.startsWith(prefix)) {
                char next = upper.charAt(prefix.length());
                boolean wordEnds = prefix.endsWith(".") || next == ' ' || next == '.' || next == ':';
                if (wordEnds) {
                    int start = prefix.length();
                    while (start < upper.length() && isPrefixTail(upper.charAt(start))) {
                        start++;
                    }
                    return start == upper.length() ? upper : upper.substring(start);
                }
            }
        }
        return upper;
    }

    private static boolean isPrefixTail(char c) {
        return c == ' ' || c == '.' || c == ':';
    }
}
