package id.padan.standardize;

/** Where a record's kode wilayah came from. */
public enum WilayahStatus {
    /** the file gave a code that exists in the region table */
    GIVEN,
    /** the code was found from the region names in the file */
    RESOLVED,
    /** names (or a code) were given but did not lead to exactly one region */
    UNRESOLVED,
    /** neither a code nor a kecamatan or village name was given */
    MISSING
}
