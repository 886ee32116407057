package id.padan.worklist;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One case as a worklist row: the case itself, and beside it the DTKS record it was linked to, so the TKSK sees the
 * evidence without opening another file.
 */
record WorklistCase(String kodeKecamatan, String kecamatan, String kodeWilayah, String desa, String caseId,
        int priority, String flag, String program, String periode, String sourceFile, long sourceRow, String nama,
        String nik, String noKk, String tanggalLahir, String alamat, String dusun, String rt, String rw,
        String reason, String idDtks, String dtksNama, String dtksNik, String dtksTanggalLahir, String dtksAlamat,
        BigDecimal matchScore, String explanation, String complaintNo) {

    static final String UNKNOWN_KECAMATAN = "TIDAK DIKETAHUI";
    static final String UNKNOWN_DESA = "DESA TIDAK DIKETAHUI";

    /** How many cases stay home because they were found AKTIF/DITEMUKAN and their evidence has not changed. */
    static long verifiedActive(Connection c, String casesTable) throws SQLException {
        ResultImport.ensureSchema(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + casesTable + " c JOIN ("
                + ResultImport.CURRENT_RESULTS_SQL + ") r USING (case_id) WHERE r.hasil = 'AKTIF/DITEMUKAN'"
                + " AND r.evidence_key = " + ResultImport.evidenceKey("c")); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Cases grouped by kecamatan and village, and within a village by priority, highest first. A case whose current
     * result is AKTIF/DITEMUKAN stays home unless its evidence changed since.
     */
    static final String SQL = """
            WITH verified_active AS (
                SELECT case_id, evidence_key FROM ({current}) WHERE hasil = 'AKTIF/DITEMUKAN')
            SELECT coalesce(substr(c.kode_wilayah, 1, 6), '') AS kode_kecamatan,
                   coalesce(max(c.kecamatan) OVER (PARTITION BY substr(c.kode_wilayah, 1, 6)), ?) AS kecamatan_name,
                   coalesce(c.kode_wilayah, '') AS kode_wilayah,
                   coalesce(max(c.desa) OVER (PARTITION BY c.kode_wilayah), ?) AS desa_name,
                   c.case_id, c.priority, c.flag, c.program, c.periode, c.source_file, c.source_row, c.nama,
                   coalesce(c.nik, c.nik_raw) AS nik, c.no_kk, strftime(c.tanggal_lahir, '%d-%m-%Y') AS tanggal_lahir,
                   c.alamat, c.dusun, c.rt, c.rw, c.reason, c.id_dtks,
                   d.nama_raw AS dtks_nama, coalesce(d.nik, d.nik_raw) AS dtks_nik,
                   strftime(d.tanggal_lahir, '%d-%m-%Y') AS dtks_tanggal_lahir,
                   concat_ws(' ', d.alamat, 'RT ' || d.rt || coalesce('/RW ' || d.rw, ''), d.desa) AS dtks_alamat,
                   c.match_score, c.explanation, c.complaint_no
            FROM {cases} c
            LEFT JOIN {person_std} d ON d.record_id = c.dtks_record_id
            WHERE NOT EXISTS (SELECT 1 FROM verified_active v WHERE v.case_id = c.case_id AND v.evidence_key = {evidence})
            ORDER BY kecamatan_name, kode_kecamatan, desa_name, kode_wilayah, c.priority DESC, c.flag, c.program, c.periode,
                     c.source_file, c.source_row, c.case_id
            """;

    static void each(Connection c, String casesTable, String personTable, Consumer<WorklistCase> action)
            throws SQLException {
        ResultImport.ensureSchema(c);
        try (PreparedStatement ps = c.prepareStatement(SQL.replace("{cases}", casesTable).replace("{person_std}", personTable)
                .replace("{current}", ResultImport.CURRENT_RESULTS_SQL).replace("{evidence}", ResultImport.evidenceKey("c")))) {
            ps.setString(1, UNKNOWN_KECAMATAN);
            ps.setString(2, UNKNOWN_DESA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(new WorklistCase(rs.getString("kode_kecamatan"), rs.getString("kecamatan_name"),
                            rs.getString("kode_wilayah"), rs.getString("desa_name"), rs.getString("case_id"),
                            rs.getInt("priority"), rs.getString("flag"), rs.getString("program"),
                            rs.getString("periode"), rs.getString("source_file"), rs.getLong("source_row"),
                            rs.getString("nama"), rs.getString("nik"), rs.getString("no_kk"),
                            rs.getString("tanggal_lahir"), rs.getString("alamat"), rs.getString("dusun"),
                            rs.getString("rt"), rs.getString("rw"), rs.getString("reason"), rs.getString("id_dtks"),
                            rs.getString("dtks_nama"), rs.getString("dtks_nik"), rs.getString("dtks_tanggal_lahir"),
                            rs.getString("dtks_alamat"), rs.getBigDecimal("match_score"), rs.getString("explanation"),
                            rs.getString("complaint_no")));
                }
            }
        }
    }

    /** The cells of the row, before formula neutralization; result columns are blank for the TKSK to fill. */
    Map<Column, String> cells(int number, boolean fullNik) {
        Map<Column, String> v = new EnumMap<>(Column.class);
        String shownNik = CellText.nik(nik, fullNik);
        v.put(Column.NO, Integer.toString(number));
        v.put(Column.ID_KASUS, caseId);
        v.put(Column.PRIORITAS, Integer.toString(priority));
        v.put(Column.TEMUAN, FlagLabel.of(flag));
        v.put(Column.SUMBER, String.join("\n", (text(program) + " " + text(periode)).trim(),
                sourceFile + " baris " + sourceRow));
        v.put(Column.NAMA, text(nama));
        v.put(Column.NIK, shownNik);
        v.put(Column.NO_KK, text(noKk));
        v.put(Column.TANGGAL_LAHIR, text(tanggalLahir));
        v.put(Column.ALAMAT, text(alamat));
        v.put(Column.DUSUN, text(dusun));
        v.put(Column.RT_RW, rt == null && rw == null ? "" : text(rt) + "/" + text(rw));
        v.put(Column.ALASAN, text(CellText.maskNumbersIn(reason, fullNik)));
        v.put(Column.DTKS, idDtks == null && dtksNama == null ? "" : lines(idDtks, dtksNama,
                dtksNik == null ? null : "NIK " + CellText.nik(dtksNik, fullNik),
                dtksTanggalLahir == null ? null : "lahir " + dtksTanggalLahir, dtksAlamat));
        v.put(Column.SKOR, matchScore == null ? "" : matchScore.stripTrailingZeros().toPlainString());
        v.put(Column.PENJELASAN, text(CellText.maskNumbersIn(explanation, fullNik)));
        v.put(Column.PENGADUAN, text(complaintNo));
        v.put(Column.HASIL, "");
        v.put(Column.TANGGAL_KUNJUNGAN, "");
        v.put(Column.CATATAN, "");
        v.put(Column.PETUGAS, "");
        v.put(Column.CEK, RowSeal.of(caseId, v.get(Column.NAMA), shownNik, v.get(Column.NO_KK),
                v.get(Column.TANGGAL_LAHIR)));
        return v;
    }

    private static String lines(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
