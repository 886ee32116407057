package id.padan.standardize;

/** The event recorded on a DTKS member. A blank PERISTIWA means the member is active. */
public enum Peristiwa {
    /** meninggal dunia: died */
    MD,
    /** pindah keluar: moved out */
    PD,
    /** pindah datang: moved in */
    DD,
    /** tidak ditemukan: not found at the address */
    TT,
    /** menolak: refused to be surveyed */
    MM;

    /**
     * Reads the code or its long form ({@code MENINGGAL DUNIA}, {@code PINDAH}, {@code TIDAK DITEMUKAN},
     * {@code MENOLAK}, also {@code MD - Meninggal}); null for blank, active or anything unrecognised.
     */
    public static Peristiwa parse(String raw) {
        return parse(raw, java.util.Map.of());
    }

    /**
     * Reads a PERISTIWA value, looking first in a table of labels the job file gives (DTSEN's
     * {@code keterangan_meninggal} labels, say), whose keys compare without regard to case, spaces and punctuation.
     *
     * @param labels normalized label ({@link #labelKey}) to a code name, or to "" for "active"
     */
    public static Peristiwa parse(String raw, java.util.Map<String, String> labels) {
        if (!labels.isEmpty() && raw != null) {
            String code = labels.get(labelKey(raw));
            if (code != null) {
                return code.isBlank() ? null : valueOf(code.trim());
            }
        }
        String text = FreeText.upper(raw);
        if (text == null) {
            return null;
        }
        if (text.length() >= 2 && (text.length() == 2 || !Character.isLetter(text.charAt(2)))) {
            switch (text.substring(0, 2)) {
                case "MD": return MD;
                case "PD": return PD;
                case "DD": return DD;
                case "TT": return TT;
                case "MM": return MM;
                default: break;
            }
        }
        String letters = Sex.lettersAndDigits(text);
        if (letters.startsWith("MENINGGAL") || letters.equals("MATI") || letters.equals("WAFAT")
                || letters.equals("MENINGAL")) {
            return MD;
        }
        if (letters.contains("DATANG")) {
            return DD;
        }
        if (letters.startsWith("PINDAH")) {
            return PD;
        }
        if (letters.equals("TIDAKDITEMUKAN") || letters.equals("TDKDITEMUKAN") || letters.equals("TAKDITEMUKAN")) {
            return TT;
        }
        if (letters.startsWith("MENOLAK")) {
            return MM;
        }
        return null;
    }

    /** How labels are compared: letters and digits only, upper case. */
    public static String labelKey(String label) {
        return Sex.lettersAndDigits(label);
    }
}
