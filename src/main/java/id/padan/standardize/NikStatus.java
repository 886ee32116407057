package id.padan.standardize;

/** Structural validity of a NIK (or, minus the date and sex rules, a KK number). */
public enum NikStatus {
    VALID,
    MISSING,
    /** not 16 digits after removing spaces, dots, dashes and non-breaking spaces */
    BAD_LENGTH,
    /** contains letters or other characters that are not digits or separators */
    NOT_DIGITS,
    /**
     * the text shows it went through a numeric Excel cell, which keeps 15 significant digits: scientific notation
     * ({@code 3.27E+15}), or 16 digits ending in 0 with a decimal tail ({@code ...0000.0}) or thousands grouping
     */
    EXCEL_TRUNCATED,
    /** digits 7-12 are not a real date (day 1-31 or 41-71, month 1-12) */
    BAD_DATE,
    /** the first 6 digits are not a known kecamatan code */
    UNKNOWN_REGION,
    /** the last 4 digits are 0000 */
    SERIAL_ZERO,
    /** the NIK's sex (day above 40 = woman) contradicts JENIS KELAMIN */
    SEX_MISMATCH
}
