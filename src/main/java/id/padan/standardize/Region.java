package id.padan.standardize;

/**
 * One region of the Kemendagri table.
 *
 * @param code  undotted code: 2, 4, 6 or 10 digits
 * @param name  name as published upstream, trimmed (level 2 keeps its {@code Kabupaten }/{@code Kota } prefix)
 * @param level its level
 */
public record Region(String code, String name, RegionLevel level) {

    /** The code of the region one level up, or null for a province. */
    public String parentCode() {
        switch (level) {
            case PROVINSI: return null;
            case KABUPATEN_KOTA: return code.substring(0, 2);
            case KECAMATAN: return code.substring(0, 4);
            default: return code.substring(0, 6);
        }
    }

    /** The code as printed in regulations: {@code 62.03.01.2001}. */
    public String dotted() {
        StringBuilder sb = new StringBuilder(13).append(code, 0, 2);
        if (code.length() >= 4) {
            sb.append('.').append(code, 2, 4);
        }
        if (code.length() >= 6) {
            sb.append('.').append(code, 4, 6);
        }
        if (code.length() == 10) {
            sb.append('.').append(code, 6, 10);
        }
        return sb.toString();
    }

    /** Whether a level-2 region is a city (kota, codes 71-99) rather than a regency. */
    public boolean isKota() {
        return level == RegionLevel.KABUPATEN_KOTA && code.charAt(2) >= '7';
    }

    /** Whether this region contains {@code other} or is it. */
    public boolean contains(Region other) {
        return other.code.startsWith(code);
    }
}
