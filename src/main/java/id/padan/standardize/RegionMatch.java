package id.padan.standardize;

/**
 * The outcome of resolving a row's region.
 *
 * @param code   undotted code: 10 digits for a village, 6 for a kecamatan when no village was named (or the village
 *               was not found in a known kecamatan), a well-formed code the table does not know when that is all the
 *               file gave, else null
 * @param status where the code came from
 * @param note   what went wrong or what was assumed, in Bahasa Indonesia; null when the code was given and known
 */
public record RegionMatch(String code, WilayahStatus status, String note) {
}
