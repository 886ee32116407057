package id.padan.standardize;

/**
 * Reads JENIS KELAMIN in the spellings registries and village lists use: L/P, LK/PR, LAKI-LAKI/PEREMPUAN,
 * PRIA/WANITA, 1/2 (the BPS and Dukcapil coding) and English MALE/FEMALE.
 */
public final class Sex {

    public static final String MALE = "L";
    public static final String FEMALE = "P";

    private Sex() {
    }

    /** L, P, or null when blank or not recognisable. */
    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        int number = WholeNumber.parse(text, 0);
        if (number != WholeNumber.NONE) {
            return number == 1 ? MALE : number == 2 ? FEMALE : null;
        }
        String key = lettersAndDigits(text);
        switch (key) {
            case "L": case "LK": case "LAKILAKI": case "LAKI": case "LELAKI": case "PRIA": case "M":
            case "MALE": case "COWOK":
                return MALE;
            case "P": case "PR": case "PEREMPUAN": case "WANITA": case "F":
            case "FEMALE": case "W": case "CEWEK":
                return FEMALE;
            default:
                return null;
        }
    }

    /** Upper-case letters and digits only, so "Laki - laki", "LAKI LAKI" and "laki-laki" read alike. */
    static String lettersAndDigits(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
