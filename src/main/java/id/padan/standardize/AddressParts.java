package id.padan.standardize;

/**
 * What could be read from a free-text address. Every component may be null.
 *
 * @param rt        RT padded to three digits
 * @param rw        RW padded to three digits
 * @param dusun     the dusun (hamlet), upper case
 * @param desa      the village named after DESA / DS. / KEL. / KELURAHAN, upper case
 * @param kecamatan the kecamatan named after KEC. / KECAMATAN, upper case
 */
public record AddressParts(String rt, String rw, String dusun, String desa, String kecamatan) {

    static final AddressParts NONE = new AddressParts(null, null, null, null, null);
}
