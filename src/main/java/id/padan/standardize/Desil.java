package id.padan.standardize;

/** Reads a DTSEN decile: {@code 3}, {@code 03}, {@code 3.0}, {@code DESIL 3}, {@code D3}. */
public final class Desil {

    private Desil() {
    }

    /** 1 to 10, or null when blank or not a decile. */
    public static Integer parse(String raw) {
        String text = FreeText.upper(raw);
        if (text == null) {
            return null;
        }
        int at = text.startsWith("DESIL") ? 5 : text.startsWith("D") ? 1 : 0;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '-' || text.charAt(at) == ':')) {
            at++;
        }
        int value = WholeNumber.parse(text, at);
        return value >= 1 && value <= 10 ? value : null;
    }
}
