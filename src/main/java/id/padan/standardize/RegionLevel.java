package id.padan.standardize;

/** The four levels of a Kemendagri region code, with the number of digits of a code at that level. */
public enum RegionLevel {
    PROVINSI(2),
    KABUPATEN_KOTA(4),
    KECAMATAN(6),
    DESA(10);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** Length of an undotted code at this level: 2, 4, 6 or 10. */
    public int digits() {
        return digits;
    }

    /** The level of an undotted code of this length, or null. */
    public static RegionLevel ofCodeLength(int length) {
        switch (length) {
            case 2: return PROVINSI;
            case 4: return KABUPATEN_KOTA;
            case 6: return KECAMATAN;
            case 10: return DESA;
            default: return null;
        }
    }
}
