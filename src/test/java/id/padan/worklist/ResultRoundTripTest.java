package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.cli.Padan;
import id.padan.job.JobDefinition;
import id.padan.warehouse.Warehouse;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field round trip: a worklist is filled as a TKSK would (a date typed into a date cell, a result picked from the
 * list, one typed by hand and wrong), re-sorted, a column hidden, then imported with {@code padan results import}.
 */
class ResultRoundTripTest {
    @TempDir
    Path dir;

    Path job;
    Path worklists;

    @BeforeEach
    void warehouseWithCasesAndWorklists() throws Exception {
        Files.writeString(dir.resolve("dtks.txt"), "ID DTKS|NOMOR NIK|NAMA\n1|6203014512800003|SITI AMINAH\n");
        job = dir.resolve("kapuas.yaml");
        Files.writeString(job, """
                name: kapuas
                regency: "62.03"
                sources:
                  - {id: dtks, kind: dtks, path: dtks.txt}
                """);
        try (Warehouse w = Warehouse.open(dir.resolve("work/kapuas.duckdb"), Warehouse.Settings.DEFAULT);
                Connection c = w.dataSource().getConnection()) {
            SmallCases.create(c);
            worklists = dir.resolve("out/kapuas/run-0001/worklists");
            new WorklistWriter(new JobDefinition.Worklists(null, Map.of("62.03.01", "Rahmat Hidayat")),
                    "job kapuas, run-0001").write(c, SmallCases.CASES, SmallCases.PERSON_STD, worklists);
        }
    }

    @Test
    void aFilledResortedSheetWithAHiddenColumnAndOneBadValueComesBackAsHistoryAndOneProblem() throws Exception {
        Path xlsx = worklists.resolve("worklist-620301-KAPUAS-KUALA.xlsx");
        Path filled = dir.resolve("kembali-kapuas-kuala.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet selat = wb.getSheet("SELAT DALAM");
            fill(selat, "PDN-A1B2C3D4E5F6", "MENINGGAL", LocalDate.of(2026, 10, 15), "meninggal 12-03-2026", "Rahmat");
            fill(selat, "PDN-0F1E2D3C4B5A", "GANDA", LocalDate.of(2026, 10, 16), "sama dengan KPM no 12", "Rahmat");
            reverseDataRows(selat);
            selat.setColumnHidden(Column.NO_KK.ordinal(), true);
            fill(wb.getSheet("BATANJUNG"), "PDN-99AA88BB77CC", "SUDAH PINDAH", LocalDate.of(2026, 10, 17), "", "Rahmat");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("SELAT DALAM").getRow(WorklistWriter.HEADER_ROW + 1).getCell(Column.ID_KASUS.ordinal())
                    .getStringCellValue()).as("the rows were re-sorted").isEqualTo("PDN-0F1E2D3C4B5A");
        }

        Run first = padan("results", "import", "--job", job.toString(), filled.toString());

        assertThat(first.code).as(first.text).isEqualTo(2);
        assertThat(first.text).contains("3 rows with a result: 2 stored, 0 already stored, 1 with problems;"
                        + " 0 rows not yet visited")
                .contains("sheet 'BATANJUNG' row 4, HASIL: 'SUDAH PINDAH' is not a result")
                .contains("fix: choose one of: AKTIF/DITEMUKAN, MENINGGAL, PINDAH, TIDAK DITEMUKAN, GANDA, MAMPU, MENOLAK");
        Path report = dir.resolve("out/kapuas/hasil-import/kembali-kapuas-kuala.xlsx.masalah.csv");
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFfile,sheet,row,column,problem,fix",
                "kembali-kapuas-kuala.xlsx,BATANJUNG,4,HASIL,'SUDAH PINDAH' is not a result,\"choose one of:"
                        + " AKTIF/DITEMUKAN, MENINGGAL, PINDAH, TIDAK DITEMUKAN, GANDA, MAMPU, MENOLAK"
                        + " (write details in CATATAN)\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        List<String> expectedHistory = List.of(
                "1 PDN-0F1E2D3C4B5A GANDA 2026-10-16 sama dengan KPM no 12 Rahmat kembali-kapuas-kuala.xlsx SELAT DALAM 4",
                "2 PDN-A1B2C3D4E5F6 MENINGGAL 2026-10-15 meninggal 12-03-2026 Rahmat kembali-kapuas-kuala.xlsx SELAT DALAM 5");
        assertThat(history()).containsExactlyElementsOf(expectedHistory);

        Run again = padan("results", "import", "--job", job.toString(), filled.toString());

        assertThat(again.text).contains("3 rows with a result: 0 stored, 2 already stored, 1 with problems");
        assertThat(history()).as("importing the same file twice changes nothing").containsExactlyElementsOf(expectedHistory);
        assertThat(count("SELECT count(*) FROM result_imports")).isEqualTo(1);

        Path later = dir.resolve("kunjungan-ulang.csv");
        Files.writeString(later, "ID KASUS;NAMA;HASIL;TANGGAL KUNJUNGAN;CATATAN;PETUGAS\r\n"
                + "PDN-A1B2C3D4E5F6;SITI AMINAH;aktif/ditemukan;20/10/2026;salah data, orangnya masih hidup;Yanti\r\n",
                java.nio.charset.Charset.forName("windows-1252"));

        Run third = padan("results", "import", "--job", job.toString(), later.toString());

        assertThat(third.code).as(third.text).isZero();
        assertThat(history()).hasSize(3).last().isEqualTo(
                "3 PDN-A1B2C3D4E5F6 AKTIF/DITEMUKAN 2026-10-20 salah data, orangnya masih hidup Yanti kunjungan-ulang.csv"
                        + " kunjungan-ulang.csv 2");
        assertThat(current()).containsExactly("PDN-0F1E2D3C4B5A GANDA", "PDN-A1B2C3D4E5F6 AKTIF/DITEMUKAN");

        Run done = padan("cases", job.toString(), "--status", "selesai");
        assertThat(done.code).as(done.text).isZero();
        assertThat(done.text.lines().toList()).hasSize(3);
        assertThat(done.text).containsPattern("PDN-A1B2C3D4E5F6 +GHOST_DECEASED .* SITI AMINAH +620301\\*{6}0003 +95"
                + "  AKTIF/DITEMUKAN 20-10-2026 \\(Yanti\\)").contains("2 cases");
        Run open = padan("cases", job.toString(), "--status", "TERBUKA", "--kecamatan", "62.03.02");
        assertThat(open.text).contains("PDN-5E5E5E5E5E5E").contains("1 cases").doesNotContain("PDN-99AA88BB77CC");
        Run byFlag = padan("cases", job.toString(), "--flag", "lost_kip", "--desa", "batanjung");
        assertThat(byFlag.text).contains("PDN-99AA88BB77CC  LOST_KIP").contains("1 cases");
        Run bad = padan("cases", job.toString(), "--status", "SUDAH");
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.text).contains("unknown status 'SUDAH'; use TERBUKA, SELESAI or a result:");
    }

    @Test
    void unknownCaseChangedIdentityAndAFutureDateAreEachReportedWithTheirFix() throws Exception {
        Path twin = worklists.resolve("worklist-620301-KAPUAS-KUALA-6203012001-SELAT-DALAM.csv");
        List<List<String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(twin, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            parser.forEach(r -> rows.add(new ArrayList<>(r.toList())));
        }
        rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", ""));
        List<String> siti = rows.get(1);
        List<String> hyperlink = rows.get(2);
        assertThat(siti.get(Column.NAMA.ordinal())).isEqualTo("SITI AMINAH");
        List<String> future = new ArrayList<>(siti);
        siti.set(Column.NAMA.ordinal(), "SITI AMINA");
        result(siti, "MENINGGAL", "15-10-2026");
        hyperlink.set(Column.ID_KASUS.ordinal(), "PDN-0F1E2D3C4B5B");
        result(hyperlink, "PINDAH", "15-10-2026");
        result(future, "MENINGGAL", "01-01-2099");
        rows.add(future);
        Path filled = dir.resolve("selat-dalam.csv");
        try (var printer = new org.apache.commons.csv.CSVPrinter(Files.newBufferedWriter(filled, StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            printer.printRecords(rows);
        }

        Run run = padan("results", "import", "--job", job.toString(), filled.toString());

        assertThat(run.code).as(run.text).isEqualTo(2);
        assertThat(run.text)
                .contains("sheet 'selat-dalam.csv' row 2, NAMA: NAMA was changed from 'SITI AMINAH' to 'SITI AMINA'")
                .contains("fix: put back 'SITI AMINAH': the identity columns say who the result is about")
                .contains("sheet 'selat-dalam.csv' row 3, ID KASUS: unknown case id 'PDN-0F1E2D3C4B5B'")
                .contains("fix: ID KASUS was changed or mistyped")
                .contains("sheet 'selat-dalam.csv' row 4, TANGGAL KUNJUNGAN: the visit date 01-01-2099 is in the future")
                .contains("3 rows with a result: 0 stored, 0 already stored, 3 with problems");
        assertThat(history()).isEmpty();
    }

    @Test
    void verifiedResultsBecomeSiksNgProposalsPerVillageAndProgram() throws Exception {
        Path filled = dir.resolve("hasil.csv");
        Files.writeString(filled, "\uFEFFID KASUS,HASIL,TANGGAL KUNJUNGAN,PETUGAS\r\n"
                + "PDN-0F1E2D3C4B5A,GANDA,16-10-2026,Rahmat\r\n"
                + "PDN-99AA88BB77CC,AKTIF/DITEMUKAN,17-10-2026,Rahmat\r\n"
                + "PDN-5E5E5E5E5E5E,AKTIF/DITEMUKAN,18-10-2026,Siti\r\n"
                + "PDN-A1B2C3D4E5F6,TIDAK DITEMUKAN,18-10-2026,Rahmat\r\n", StandardCharsets.UTF_8);
        assertThat(padan("results", "import", "--job", job.toString(), filled.toString()).code).isZero();

        Run run = padan("results", "siks-ng", "--job", job.toString());

        assertThat(run.code).as(run.text).isZero();
        Path out = dir.resolve("out/kapuas/siks-ng");
        List<String> files;
        try (var s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsExactly("usulan-aktif-kembali-6203012002-BATANJUNG-KIP.csv",
                "usulan-baru-6203022003-ANJIR-SERAPAT-PKH.csv", "usulan-nonaktif-6203012001-SELAT-DALAM-PKH.csv");
        List<String> nonaktif = Files.readAllLines(out.resolve(files.get(2)), StandardCharsets.UTF_8);
        assertThat(nonaktif.get(0)).isEqualTo("\uFEFFNIK,PROGRAM BANSOS,NOKK,NAMA,TEMPAT LAHIR,TANGGAL LAHIR,IBU KANDUNG,"
                + "JENIS KELAMIN,ALAMAT,RT,RW,PROVINSI,KABUPATEN,KECAMATAN,KELURAHAN");
        assertThat(nonaktif).hasSize(2);
        assertThat(nonaktif.get(1)).startsWith("6203010101750021,PKH,6203010101000012,MUHAMMAD RIDWAN,KUALA KAPUAS,"
                + "01/01/1975,SITI,LAKI-LAKI,GG. MAWAR,001,002,KALIMANTAN TENGAH,KABUPATEN KAPUAS,SELAT,SELAT DALAM");
        assertThat(Files.readAllLines(out.resolve(files.get(0)), StandardCharsets.UTF_8).get(1))
                .startsWith("6203015007100002,KIP,6203010101000013,NURHALIZA,KUALA KAPUAS,10/07/2010,RUSMINAH,PEREMPUAN,");
        assertThat(Files.readAllLines(out.resolve(files.get(1)), StandardCharsets.UTF_8).get(1))
                .isEqualTo("\"\",PKH,,SITI,,,,,RT 07 RW 02,007,002,KALIMANTAN TENGAH,KABUPATEN KAPUAS,KAPUAS HILIR,ANJIR SERAPAT");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(files.get(0)))))
                .isEqualTo("rw-------");

        Run report = padan("report", job.toString());
        assertThat(report.code).as(report.text).isZero();
        Path html = dir.resolve("out/kapuas/laporan-progres.html");
        String page = Files.readString(html);
        // 5 cases sent, 4 returned; confirmed ghosts: the duplicate (GANDA, PKH at Rp 0: no monthly_aid in this job)
        assertThat(page).contains("<tr><th class=\"t\">Kasus dikirim ke lapangan</th><td>5</td></tr>")
                .contains("<td>4 (80.0%)</td>")
                .contains("Penerima tidak layak terkonfirmasi (meninggal, pindah, ganda, mampu)</th><td>1</td>")
                .contains("(tanpa PKH: monthly_aid tidak diisi di job)")
                .contains("<td class=\"t\">KAPUAS KUALA</td><td class=\"t\">SELAT DALAM</td><td>2</td><td>2</td>")
                .contains("GHOST_DUPLICATE").doesNotContain("<script").doesNotContain("http")
                .doesNotContain("SITI AMINAH").doesNotContain("6203014512800003");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(html))).isEqualTo("rw-------");
        padan("report", job.toString());
        assertThat(Files.readString(html)).as("the same warehouse gives the same report").isEqualTo(page);
    }

    @Test
    void aCaseFoundActiveIsNotSentOutAgainUnlessItsEvidenceChanged() throws Exception {
        Path filled = dir.resolve("aktif.csv");
        Files.writeString(filled, "ID KASUS,HASIL,TANGGAL KUNJUNGAN,PETUGAS\n"
                + "PDN-A1B2C3D4E5F6,AKTIF/DITEMUKAN,18-10-2026,Rahmat\n"
                + "PDN-0F1E2D3C4B5A,TIDAK DITEMUKAN,18-10-2026,Rahmat\n", StandardCharsets.UTF_8);
        assertThat(padan("results", "import", "--job", job.toString(), filled.toString()).code).isZero();

        Path again = dir.resolve("again");
        WorklistWriter.Written second = rewrite(again);

        assertThat(second.rows()).isEqualTo(4);
        assertThat(second.keptHomeAsVerifiedActive()).isEqualTo(1);
        assertThat(Files.readString(again.resolve(WorklistWriter.ALL_CSV))).doesNotContain("PDN-A1B2C3D4E5F6")
                .as("a case found, but not active, goes out again").contains("PDN-0F1E2D3C4B5A");

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE cases SET reason = 'Tercatat meninggal 12-03-2026 di data Dukcapil dan di DTKS (MD)'"
                    + " WHERE case_id = 'PDN-A1B2C3D4E5F6'");
        }
        WorklistWriter.Written third = rewrite(dir.resolve("third"));

        assertThat(third.rows()).as("new evidence sends the case out again").isEqualTo(5);
        assertThat(third.keptHomeAsVerifiedActive()).isZero();
    }

    private WorklistWriter.Written rewrite(Path out) throws Exception {
        try (Connection c = connect()) {
            return new WorklistWriter(JobDefinition.Worklists.DEFAULT, "job kapuas, run-0002")
                    .write(c, SmallCases.CASES, SmallCases.PERSON_STD, out);
        }
    }

    @Test
    void aFileThatIsNoWorklistIsRefusedWithExitCode2() throws Exception {
        Path other = dir.resolve("lain.csv");
        Files.writeString(other, "NIK,NAMA\n6203014512800003,SITI\n");

        Run run = padan("results", "import", "--job", job.toString(), other.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.text).contains("lain.csv: no sheet with an 'ID KASUS' header").doesNotContain("Exception");
    }

    private static void result(List<String> row, String hasil, String visited) {
        row.set(Column.HASIL.ordinal(), hasil);
        row.set(Column.TANGGAL_KUNJUNGAN.ordinal(), visited);
        row.set(Column.PETUGAS.ordinal(), "Rahmat");
    }

    private static void fill(Sheet sheet, String caseId, String hasil, LocalDate visited, String catatan, String petugas) {
        for (Row row : sheet) {
            Cell id = row.getCell(Column.ID_KASUS.ordinal());
            if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals(caseId)) {
                row.getCell(Column.HASIL.ordinal()).setCellValue(hasil);
                row.getCell(Column.TANGGAL_KUNJUNGAN.ordinal()).setCellValue(visited);
                row.getCell(Column.CATATAN.ordinal()).setCellValue(catatan);
                row.getCell(Column.PETUGAS.ordinal()).setCellValue(petugas);
                return;
            }
        }
        throw new AssertionError(caseId + " is not on sheet " + sheet.getSheetName());
    }

    /** Sorts the data rows the other way round, as a TKSK sorting by name or priority ascending would. */
    private static void reverseDataRows(Sheet sheet) {
        int first = WorklistWriter.HEADER_ROW + 1;
        int last = first;
        while (sheet.getRow(last + 1) != null && sheet.getRow(last + 1).getCell(Column.ID_KASUS.ordinal()) != null) {
            last++;
        }
        for (int a = first, b = last; a < b; a++, b--) {
            Row ra = sheet.getRow(a);
            Row rb = sheet.getRow(b);
            for (int col = 0; col < Column.values().length; col++) {
                swap(ra.getCell(col), rb.getCell(col));
            }
        }
    }

    private static void swap(Cell a, Cell b) {
        Object va = value(a);
        Object vb = value(b);
        CellStyle sa = a.getCellStyle();
        a.setCellStyle(b.getCellStyle());
        b.setCellStyle(sa);
        set(a, vb);
        set(b, va);
    }

    private static Object value(Cell c) {
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            default -> null;
        };
    }

    private static void set(Cell c, Object v) {
        if (v instanceof Double d) {
            c.setCellValue(d);
        } else if (v instanceof String s) {
            c.setCellValue(s);
        } else {
            c.setBlank();
        }
    }

    private List<String> history() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT result_id, case_id, hasil, tanggal_kunjungan, catatan, petugas,"
                        + " source_file, sheet, sheet_row, imported_by, imported_at FROM case_results ORDER BY result_id")) {
            while (rs.next()) {
                assertThat(rs.getString(10)).isNotBlank();
                assertThat(rs.getTimestamp(11)).isNotNull();
                out.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getString(8) + " "
                        + rs.getInt(9));
            }
        } catch (java.sql.SQLException e) {
            if (e.getMessage().contains("case_results does not exist")) {
                return out;
            }
            throw e;
        }
        return out;
    }

    private List<String> current() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_id, hasil FROM (" + ResultImport.CURRENT_RESULTS_SQL
                        + ") ORDER BY case_id")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/kapuas.duckdb"));
    }

    private record Run(int code, String text) {
    }

    private static Run padan(String... args) {
        StringWriter out = new StringWriter();
        int code = Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
        return new Run(code, out.toString());
    }
}
