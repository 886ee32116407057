package id.padan.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A handful of hand-written cases in two kecamatan of Kabupaten Kapuas, with the DTKS records they link to: the
 * input of the golden-file, formula-injection and round-trip tests. Some names are hostile on purpose.
 */
final class SmallCases {
    static final String CASES = "cases";
    static final String PERSON_STD = "person_std";

    private SmallCases() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE person_std (record_id BIGINT, nama_raw VARCHAR, nik VARCHAR,"
                    + " nik_raw VARCHAR, tanggal_lahir DATE, alamat VARCHAR, rt VARCHAR, rw VARCHAR, desa VARCHAR,"
                    + " import_id INTEGER, source_row BIGINT, no_kk VARCHAR, tempat_lahir VARCHAR, jenis_kelamin VARCHAR)");
            s.execute("CREATE OR REPLACE TABLE raw_dtks (import_id INTEGER, source_row BIGINT, nama_ibu VARCHAR)");
            s.execute("CREATE OR REPLACE TABLE raw_recipients (import_id INTEGER, source_row BIGINT, nama_ibu VARCHAR)");
            s.execute("CREATE OR REPLACE TABLE cases (case_id VARCHAR, flag VARCHAR, program VARCHAR, periode VARCHAR,"
                    + " record_id BIGINT, source_file VARCHAR, source_row BIGINT, nik VARCHAR, nik_raw VARCHAR,"
                    + " no_kk VARCHAR, nama VARCHAR, tanggal_lahir DATE, kode_wilayah VARCHAR, kecamatan VARCHAR,"
                    + " desa VARCHAR, alamat VARCHAR, dusun VARCHAR, rt VARCHAR, rw VARCHAR, id_dtks VARCHAR,"
                    + " dtks_record_id BIGINT, match_score DECIMAL(8,4), priority INTEGER, complaint_no VARCHAR,"
                    + " group_id VARCHAR, reason VARCHAR, explanation VARCHAR, evidence_strength DOUBLE)");
        }
        person(c, 1_000_000_011L, "SITI AMINAH", "6203014512800003", "1980-12-05", "JL. PELABUHAN NO 4", "003", "001",
                "SELAT DALAM");
        person(c, 1_000_000_012L, "H. MUHAMMAD RIDWAN", "6203010101750021", "1975-01-01", "GG. MAWAR", "001", "002",
                "SELAT DALAM");
        person(c, 1_000_000_013L, "NURHALIZA", "6203015007100002", "2010-07-10", "DESA BATANJUNG", "002", "001",
                "BATANJUNG");
        kase(c, "PDN-A1B2C3D4E5F6", "GHOST_DECEASED", "PKH", "2026-T2", "pkh_2026_t2.csv", 17, "6203014512800003",
                "3201234567890123", "SITI AMINAH", "1980-12-05", "6203012001", "KAPUAS KUALA", "SELAT DALAM",
                "JL. PELABUHAN NO 4", "DUSUN I", "003", "001", "DTKS-000011", 1_000_000_011L, "1.0", 95, "PGD-0007",
                null, "Tercatat meninggal 12-03-2026 di data Dukcapil, masih menerima PKH 2026-T2",
                "NIK sama; nama sama; tanggal lahir sama");
        kase(c, "PDN-0F1E2D3C4B5A", "GHOST_DUPLICATE", "PKH", "2026-T2", "pkh_2026_t2.csv", 40, "6203010101750021",
                "6203010101750001", "=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "1975-01-01", "6203012001",
                "KAPUAS KUALA", "SELAT DALAM", "-", null, "001", "002", "DTKS-000012", 1_000_000_012L, "0.9731", 60,
                null, "G-0001", "Tercatat 2 kali di daftar PKH 2026-T2 (kelompok G-0001)",
                "nama mirip (Jaro-Winkler 0.97); tanggal lahir sama");
        kase(c, "PDN-99AA88BB77CC", "LOST_KIP", "KIP", "2026-T1", "kip_2026_t1.csv", 5, "6203015007100002",
                "6203010203040005", "+6281234567890", "2010-07-10", "6203012002", "KAPUAS KUALA", "BATANJUNG",
                "@SUM(A1:A9)", "\tDUSUN II", "002", "001", "DTKS-000013", 1_000_000_013L, "0.88", 40, null, null,
                "Ada di daftar KIP 2026-T1, tidak ada di 2026-T2, masih usia sekolah dan desil 2", null);
        kase(c, "PDN-5E5E5E5E5E5E", "COMPLAINT_NOT_IN_DTKS", "PKH", "", "pengaduan_puskesos.csv", 3, null, null,
                "\rBU SITI", null, "6203022003", "KAPUAS TIMUR", "ANJIR SERAPAT", "RT 07 RW 02", null, "007", "002",
                null, null, null, 50, "PGD-0003", null,
                "Pelapor/terlapor BU SITI tidak ditemukan di DTKS: usulan baru (PKH)", null);
        kase(c, "PDN-7777AAAA0000", "GHOST_INVALID_NIK", "PKH", "2026-T2", "pkh_2026_t2.csv", 88, null, null,
                "-2+3", "1990-02-30", null, null, null, null, null, null, null, null, null, null, 30, null, null,
                "NIK 3.27E+15 terpotong oleh Excel", null);
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE person_std SET import_id = 1, source_row = record_id - 1000000000,"
                    + " no_kk = '62030101010' || lpad(CAST(record_id - 1000000000 AS VARCHAR), 5, '0'),"
                    + " tempat_lahir = 'KUALA KAPUAS', jenis_kelamin = CASE WHEN nama_raw LIKE '%MUHAMMAD%' THEN 'L' ELSE 'P' END");
            s.execute("INSERT INTO raw_dtks VALUES (1, 11, 'HJ. MASNAH'), (1, 12, 'SITI'), (1, 13, 'Dra. RUSMINAH, S.Pd')");
            s.execute("UPDATE cases SET nik_raw = '3.27E+15', tanggal_lahir = NULL WHERE case_id = 'PDN-7777AAAA0000'");
        }
    }

    private static void person(Connection c, long id, String nama, String nik, String lahir, String alamat, String rt,
            String rw, String desa) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_std (record_id, nama_raw, nik, nik_raw, tanggal_lahir, alamat, rt, rw, desa)"
                + " VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, nama);
            ps.setString(3, nik);
            ps.setString(4, nik);
            ps.setString(5, lahir);
            ps.setString(6, alamat);
            ps.setString(7, rt);
            ps.setString(8, rw);
            ps.setString(9, desa);
            ps.execute();
        }
    }

    private static void kase(Connection c, String id, String flag, String program, String periode, String file, long row,
            String nik, String kk, String nama, String lahir, String kode, String kecamatan, String desa, String alamat,
            String dusun, String rt, String rw, String idDtks, Long dtksRecord, String score, int priority,
            String complaint, String group, String reason, String explanation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " TRY_CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DECIMAL(8,4)), ?, ?, ?, ?, ?, 0.9)")) {
            Object[] v = {id, flag, program, periode, row, file, row, nik, nik, kk, nama, lahir, kode, kecamatan, desa,
                    alamat, dusun, rt, rw, idDtks, dtksRecord, score, priority, complaint, group, reason, explanation};
            for (int i = 0; i < v.length; i++) {
                ps.setObject(i + 1, v[i]);
            }
            ps.execute();
        }
    }
}
