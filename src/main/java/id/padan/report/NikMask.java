package id.padan.report;

/**
 * Masks a NIK or No. KK for people to read, as the central SIKS-NG format does: the first 6 digits (the region),
 * {@code ******}, the last 4. NIK is personal data (UU 27/2022); wherever padan prints one for humans it is masked.
 */
public final class NikMask {
    private NikMask() {
    }

    /**
     * The masked text; a value of fewer than 11 characters is masked whole, since its parts would say too much of
     * it, and blank stays blank.
     */
    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value == null ? "" : value;
        }
        String text = value.strip();
        if (text.length() < 11) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6) + "******" + text.substring(text.length() - 4);
    }
}
