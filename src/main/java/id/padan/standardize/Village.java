package id.padan.standardize;

/**
 * A desa or kelurahan with its kecamatan, as the synthetic-data generator and the coverage report need it.
 *
 * @param code           10-digit undotted code
 * @param name           name as published upstream
 * @param kecamatanCode  6-digit code of its kecamatan
 * @param kecamatanName  name of its kecamatan
 */
public record Village(String code, String name, String kecamatanCode, String kecamatanName) {

    /** Kelurahan (urban, headed by a civil servant) have a 1 as the first digit of their own four digits. */
    public boolean isKelurahan() {
        return code.charAt(6) == '1';
    }
}
