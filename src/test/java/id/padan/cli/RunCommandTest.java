package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsTheSampleJobAndAccountsForEveryRow() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-run");

        TestProject.Result first = TestProject.padan("run", job.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out())
                .contains("starting run-0001")
                .containsPattern("dtks_62\\.03\\.txt +dtks +3,845 = +3,845 \\+ +0")
                .contains("NIK validity per source kind:")
                .contains("run run-0001 completed");
        Path warehouse = dir.resolve("work/t-run.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM imports")).isEqualTo(9);
            assertThat(count(s, "SELECT count(*) FROM imports WHERE rows_read <> rows_loaded + rows_rejected")).isZero();
            long personRows = count(s, "SELECT sum(rows_loaded) FROM imports WHERE kind <> 'population'");
            assertThat(count(s, "SELECT count(*) FROM person_std")).isEqualTo(personRows);
            assertThat(count(s, "SELECT count(*) FROM rejects")).isEqualTo(count(s, "SELECT sum(rows_rejected) FROM imports"));
            assertThat(count(s, "SELECT count(*) FROM person_std WHERE source_kind = 'dtks' AND nik_status = 'VALID'"))
                    .isEqualTo(3845);
            assertThat(count(s, "SELECT count(DISTINCT record_id) FROM person_std")).isEqualTo(personRows);
        }
        Path rejects = dir.resolve("out/t-run/run-0001/rejects.csv");
        assertThat(rejects).exists();
        assertThat(Files.readAllLines(rejects).get(0)).isEqualTo("source_file,source_row,line,column,reason,raw_text");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rejects))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(warehouse))).isEqualTo("rw-------");

        TestProject.Result second = TestProject.padan("run", job.toString());

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("starting run-0002").contains("same content already loaded in run-0001, skipped");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM imports")).isEqualTo(9);
        }
    }

    @Test
    void aSecondRunOfTheSameJobIsRefusedWithExitCode3() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-lock");
        Path warehouse = dir.resolve("work/t-lock.duckdb");
        try (var lock = id.padan.warehouse.RunLock.acquire(warehouse, "padan run (the first)")) {
            TestProject.Result result = TestProject.padan("run", job.toString());
            assertThat(result.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(result.err()).contains("another padan run of this job is in progress").contains("padan run (the first)");
            TestProject.Result status = TestProject.padan("status", job.toString());
            assertThat(status.out()).contains("a run is in progress");
        }
        assertThat(warehouse).doesNotExist();
    }

    @Test
    void statusTellsTheStoryOfTheRuns() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-status");
        assertThat(TestProject.padan("status", job.toString()).out()).contains("no runs yet");
        assertThat(TestProject.padan("run", job.toString()).exitCode()).isZero();

        TestProject.Result status = TestProject.padan("status", job.toString());

        assertThat(status.exitCode()).isZero();
        assertThat(status.out())
                .containsPattern("run-0001 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +\\d{4}-.* COMPLETED +ingest > standardize > regencies > nik_index > link > flag > cases > gather > case_ids > accounting > outputs")
                .contains("last run loaded 9 file(s)")
                .contains("outputs: ");
    }

    @Test
    void readsARecipientListFromAWorkbookAndMarksANikThatExcelStoredAsANumber() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path csv = dir.resolve("sample-data/pkh_2026_t1.csv");
        Path xlsx = dir.resolve("sample-data/pkh_2026_t1.xlsx");
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv))) {
            parser.forEach(r -> rows.add(r.values()));
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("Peserta");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            // what Excel does to a NIK typed into a General cell: a number with 15 significant digits
            sheet.getRow(5).getCell(1).setCellValue(6203014501540000d);
            workbook.write(out);
        }
        Files.delete(csv);
        Path job = project.job("t-xlsx", """
                name: t-xlsx
                root: ..
                sources:
                  - {id: dtks, kind: dtks, path: ../sample-data/dtks_62.03.txt}
                  - {id: pkh, kind: recipients, program: PKH, period: 2026-T1, path: ../sample-data/pkh_2026_t1.xlsx,
                     format: {sheet: Peserta}}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                """);

        TestProject.Result result = TestProject.padan("run", job.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        int dataRows = rows.size() - 1;
        assertThat(result.out()).containsPattern("pkh_2026_t1\\.xlsx +recipients PKH 2026-T1 +" + dataRows + " = +"
                + dataRows + " \\+ +0  XLSX sheet 'Peserta'");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/t-xlsx.duckdb"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nik, nik_status, nik_reason FROM person_std"
                        + " WHERE source_file = 'pkh_2026_t1.xlsx' AND source_row = 5")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNull();
            assertThat(rs.getString(2)).isEqualTo("EXCEL_TRUNCATED");
            assertThat(rs.getString(3)).contains("Excel");
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
