package id.padan.link;

import java.util.List;

/**
 * Where a person lives: the 10-digit village code (kode wilayah without dots) and RT/RW. The first six digits are
 * the kecamatan.
 *
 * @param name    model name, e.g. {@code desa_rt_rw}
 * @param village village code column
 * @param rt      RT column (zero-padded)
 * @param rw      RW column (zero-padded)
 */
public record PlaceComparison(String name, String village, String rt, String rw) implements Comparison {
    @Override
    public List<String> columns() {
        return List.of(village, rt, rw);
    }

    @Override
    public List<Level> levels() {
        String l = Comparison.col("l", village);
        String r = Comparison.col("r", village);
        return List.of(
                Level.of(Comparison.missing(village), "desa: kosong"),
                Level.of(l + " = " + r + " AND " + Comparison.col("l", rt) + " = " + Comparison.col("r", rt) + " AND "
                        + Comparison.col("l", rw) + " = " + Comparison.col("r", rw), "desa & RT/RW sama"),
                Level.of(l + " = " + r, "desa sama"),
                Level.of("left(" + l + ", 6) = left(" + r + ", 6)", "kecamatan sama"),
                Level.of("TRUE", "desa beda"));
    }
}
