package id.padan.worklist;

import id.padan.job.SourceKind;
import id.padan.standardize.IndonesianName;
import id.padan.standardize.RegionTable;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files a SIKS-NG operator uploads, from the current field results: per village and program, proposals to
 * deactivate (a ghost found to have died, moved, be registered twice or be well off), to re-activate (a household
 * that lost aid and was found still eligible) and to register anew (a complaint's subject not in DTKS, found). The
 * columns are those of the SIKS-NG proposal template; names are written without titles and punctuation, dates as
 * dd/mm/yyyy. These files carry the whole NIK, because the upload needs it: they are owner-only like everything else.
 */
public final class SiksNgExport {
    public static final String FOLDER = "siks-ng";
    static final List<String> HEADER = List.of("NIK", "PROGRAM BANSOS", "NOKK", "NAMA", "TEMPAT LAHIR",
            "TANGGAL LAHIR", "IBU KANDUNG", "JENIS KELAMIN", "ALAMAT", "RT", "RW", "PROVINSI", "KABUPATEN", "KECAMATAN",
            "KELURAHAN");

    /** Which proposal a current result makes, by flag family and HASIL; no row means no proposal. */
    static final String SQL = """
            WITH latest AS (%s),
            proposals AS (
                SELECT c.*, r.hasil,
                       CASE
                         WHEN c.flag LIKE 'GHOST\\_%%' ESCAPE '\\' AND r.hasil IN ('MENINGGAL', 'PINDAH', 'GANDA', 'MAMPU')
                           THEN 'usulan-nonaktif'
                         WHEN c.flag LIKE 'LOST\\_%%' ESCAPE '\\' AND r.hasil = 'AKTIF/DITEMUKAN' THEN 'usulan-aktif-kembali'
                         WHEN c.flag = 'COMPLAINT_NOT_IN_DTKS' AND r.hasil = 'AKTIF/DITEMUKAN' THEN 'usulan-baru'
                       END AS proposal
                FROM {cases} c JOIN latest r USING (case_id))
            SELECT p.proposal, coalesce(p.kode_wilayah, '') AS kode_wilayah, coalesce(p.desa, '') AS desa,
                   coalesce(p.kecamatan, '') AS kecamatan,
                   coalesce(nullif(p.program, ''), 'DTKS') AS program,
                   coalesce(d.nik, p.nik, p.nik_raw) AS nik, coalesce(d.no_kk, p.no_kk) AS no_kk,
                   coalesce(d.nama_raw, p.nama) AS nama, coalesce(d.tempat_lahir, me.tempat_lahir) AS tempat_lahir,
                   strftime(coalesce(d.tanggal_lahir, p.tanggal_lahir), '%%d/%%m/%%Y') AS tanggal_lahir,
                   coalesce(rd.nama_ibu, rr.nama_ibu) AS ibu, coalesce(d.jenis_kelamin, me.jenis_kelamin) AS sex,
                   coalesce(d.alamat, p.alamat) AS alamat, coalesce(d.rt, p.rt) AS rt, coalesce(d.rw, p.rw) AS rw
            FROM proposals p
            LEFT JOIN {person_std} me ON me.record_id = p.record_id
            LEFT JOIN {person_std} d ON d.record_id = p.dtks_record_id
            LEFT JOIN {raw_dtks} rd ON rd.import_id = d.import_id AND rd.source_row = d.source_row
            LEFT JOIN {raw_recipients} rr ON rr.import_id = me.import_id AND rr.source_row = me.source_row
            WHERE p.proposal IS NOT NULL
            ORDER BY p.proposal, kode_wilayah, desa, program, nama, nik, p.case_id
            """;

    private SiksNgExport() {
    }

    /** Writes every proposal file into {@code dir} and returns them with their row counts, in file order. */
    public static Map<Path, Integer> write(Connection c, Path dir) throws SQLException, IOException {
        String sql = SQL.formatted(ResultImport.CURRENT_RESULTS_SQL)
                .replace("{cases}", Tables.CASES).replace("{person_std}", Tables.PERSON_STD)
                .replace("{raw_dtks}", Tables.raw(SourceKind.DTKS))
                .replace("{raw_recipients}", Tables.raw(SourceKind.RECIPIENTS));
        RegionTable regions = RegionTable.kemendagri2025();
        Map<Path, List<List<String>>> files = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String kode = rs.getString("kode_wilayah");
                String name = rs.getString("proposal") + "-" + (kode.isEmpty() ? "" : kode + "-")
                        + WorklistWriter.slug(rs.getString("desa").isEmpty() ? "TANPA-DESA" : rs.getString("desa"))
                        + "-" + WorklistWriter.slug(rs.getString("program")) + ".csv";
                files.computeIfAbsent(dir.resolve(name), k -> new ArrayList<>()).add(List.of(
                        text(rs.getString("nik")), rs.getString("program"), text(rs.getString("no_kk")),
                        IndonesianName.withoutTitles(rs.getString("nama")), text(rs.getString("tempat_lahir")),
                        text(rs.getString("tanggal_lahir")), IndonesianName.withoutTitles(rs.getString("ibu")),
                        sex(rs.getString("sex")), text(rs.getString("alamat")), text(rs.getString("rt")),
                        text(rs.getString("rw")), regionName(regions, kode, 2), regionName(regions, kode, 4),
                        or(regionName(regions, kode, 6), rs.getString("kecamatan")),
                        or(regionName(regions, kode, 10), rs.getString("desa"))));
            }
        }
        OwnerOnlyFiles.createDirectories(dir);
        Map<Path, Integer> written = new TreeMap<>();
        for (Map.Entry<Path, List<List<String>>> e : files.entrySet()) {
            Path part = e.getKey().resolveSibling(e.getKey().getFileName() + ".part");
            Files.deleteIfExists(part);
            Files.createFile(part);
            OwnerOnlyFiles.restrict(part);
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                w.write('\uFEFF');
                csv.printRecord(HEADER);
                for (List<String> row : e.getValue()) {
                    csv.printRecord(row.stream().map(CellText::neutralize).toList());
                }
            }
            Files.move(part, e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.put(e.getKey(), e.getValue().size());
        }
        return written;
    }

    private static String sex(String code) {
        return code == null ? "" : code.equals("L") ? "LAKI-LAKI" : code.equals("P") ? "PEREMPUAN" : code;
    }

    private static String regionName(RegionTable regions, String kode, int digits) {
        if (kode.length() < digits) {
            return "";
        }
        String name = regions.nameOf(kode.substring(0, digits));
        return name == null ? "" : name.toUpperCase(java.util.Locale.ROOT);
    }

    /** The official name of the code, else the name the list gave (a village code newer than the shipped table). */
    private static String or(String official, String given) {
        return official.isEmpty() ? given : official;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
