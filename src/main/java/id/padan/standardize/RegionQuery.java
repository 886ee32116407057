package id.padan.standardize;

/**
 * The region fields of one row, exactly as read (any of them may be null). Used as the cache key of
 * {@link RegionResolver}, so rows of one village share one resolution.
 */
public record RegionQuery(String kodeWilayah, String provinsi, String kabupaten, String kecamatan, String desa) {

    public static RegionQuery ofNames(String provinsi, String kabupaten, String kecamatan, String desa) {
        return new RegionQuery(null, provinsi, kabupaten, kecamatan, desa);
    }
}
