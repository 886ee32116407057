package id.padan.worklist;

import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cases of the warehouse with their current field result, filtered by status, kecamatan, village and flag. The
 * status of a case is {@code TERBUKA} (open) until a result comes back, then its current HASIL.
 */
public final class CaseListing {
    public static final String OPEN = "TERBUKA";

    /** One listed case, its NIK masked. */
    public record Listed(String caseId, String flag, String program, String periode, String kecamatan, String desa,
            String nama, String nik, int priority, String status, String visited, String petugas) {
    }

    /**
     * @param status    {@code TERBUKA}, {@code SELESAI} (any result) or a HASIL value; null for all
     * @param kecamatan the kecamatan's name or code; null for all
     * @param desa      the village's name or code; null for all
     * @param flag      a flag code such as {@code GHOST_DECEASED}; null for all
     */
    public record Filter(String status, String kecamatan, String desa, String flag) {
        /** A status the command line may name, or empty with the allowed values in the message. */
        static Optional<String> checkStatus(String status) {
            if (status == null) {
                return Optional.empty();
            }
            String s = CellText.comparable(status);
            if (s.equals(OPEN) || s.equals("SELESAI") || Hasil.parse(s).isPresent()) {
                return Optional.empty();
            }
            return Optional.of("unknown status '" + status + "'; use " + OPEN + ", SELESAI or a result: "
                    + Hasil.allowed());
        }
    }

    private CaseListing() {
    }

    /** Why a filter cannot be used, or empty when it can. */
    public static Optional<String> problemOf(Filter filter) {
        return Filter.checkStatus(filter.status());
    }

    public static List<Listed> list(Connection c, Filter filter, int limit) throws SQLException {
        ResultImport.ensureSchema(c);
        String status = filter.status() == null ? null : CellText.comparable(filter.status());
        String hasil = status == null ? null : Hasil.parse(status).map(Hasil::label).orElse(null);
        String sql = "WITH latest AS (" + ResultImport.CURRENT_RESULTS_SQL + ")"
                + " SELECT c.case_id, c.flag, c.program, c.periode, coalesce(c.kecamatan, ''), coalesce(c.desa, ''),"
                + " c.nama, coalesce(c.nik, c.nik_raw), c.priority, coalesce(r.hasil, ?) AS status,"
                + " strftime(r.tanggal_kunjungan, '%d-%m-%Y'), r.petugas"
                + " FROM " + Tables.CASES + " c LEFT JOIN latest r USING (case_id)"
                + " WHERE (? IS NULL OR (? = 'TERBUKA' AND r.hasil IS NULL) OR (? = 'SELESAI' AND r.hasil IS NOT NULL)"
                + "        OR r.hasil = ?)"
                + " AND (? IS NULL OR upper(c.kecamatan) = ? OR substr(c.kode_wilayah, 1, 6) = ?)"
                + " AND (? IS NULL OR upper(c.desa) = ? OR c.kode_wilayah = ?)"
                + " AND (? IS NULL OR c.flag = ?)"
                + " ORDER BY c.priority DESC, c.kecamatan, c.desa, c.case_id LIMIT ?";
        String kecamatan = filter.kecamatan() == null ? null : CellText.comparable(filter.kecamatan());
        String desa = filter.desa() == null ? null : CellText.comparable(filter.desa());
        String flag = filter.flag() == null ? null : CellText.comparable(filter.flag());
        List<Listed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, OPEN);
            ps.setString(++i, status);
            ps.setString(++i, status);
            ps.setString(++i, status);
            ps.setString(++i, hasil);
            ps.setString(++i, kecamatan);
            ps.setString(++i, kecamatan);
            ps.setString(++i, kecamatan == null ? null : kecamatan.replace(".", ""));
            ps.setString(++i, desa);
            ps.setString(++i, desa);
            ps.setString(++i, desa == null ? null : desa.replace(".", ""));
            ps.setString(++i, flag);
            ps.setString(++i, flag);
            ps.setInt(++i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), CellText.nik(rs.getString(8), false),
                            rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
        }
        return out;
    }

    /** One line of the listing. */
    public static String line(Listed l) {
        return String.format(Locale.ROOT, "%s  %-24s %-4s %-8s %-16s %-20s %-24s %-16s %4d  %s%s", l.caseId(), l.flag(),
                l.program(), l.periode(), l.kecamatan(), l.desa(), l.nama(), l.nik(), l.priority(), l.status(),
                l.visited() == null ? "" : " " + l.visited() + (l.petugas() == null ? "" : " (" + l.petugas() + ")"));
    }
}
