package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.cases.CaseTasklet;
import id.padan.cli.Padan;
import id.padan.flag.FlagTasklet;
import id.padan.flag.TruthLinks;
import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.RunContext;
import id.padan.warehouse.Warehouse;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worklists of a realistic run: a synthetic regency, its cases from the flag and cases stages on perfect links.
 * Every case reaches exactly one village sheet of its kecamatan's workbook, in priority order, and an untouched
 * worklist imports as "not yet visited".
 */
class WorklistsOnSyntheticCasesTest {
    @TempDir
    Path dir;

    @Test
    void everyCaseIsOnOneVillageSheetOfItsKecamatanInPriorityOrder() throws Exception {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        assertThat(Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), "synth", "--households", "1200",
                "--seed", "21", "--regency", "62.03", "--out", data.toString())).as(out.toString()).isZero();
        Path jobFile = dir.resolve("job.yaml");
        Files.writeString(jobFile, Files.readString(Path.of("jobs/sample-kapuas.yaml"))
                .replace("root: ..", "root: .")
                .replace("../sample-data/", "data/")
                .replace("../work/", "work/")
                .replace("../out/", "out/"));
        assertThat(Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), "run", jobFile.toString()))
                .as(out.toString()).isZero();
        assertThat(out.toString()).containsPattern("worklists: [0-9,]+ cases on [0-9,]+ village sheets in [0-9,]+"
                + " workbooks");
        assertThat(dir.resolve("out/sample-kapuas/run-0001/worklists/" + WorklistWriter.ALL_CSV)).exists();

        JobDefinition job = JobFiles.load(jobFile);
        assertThat(job.worklists().tkskOf("620301", "Selat")).as("by name").contains("Rahmat Hidayat");
        assertThat(job.worklists().tkskOf("620302", "KAPUAS HILIR")).as("by code").contains("Siti Rahmawati");
        assertThat(job.worklists().tkskOf("620304", "KAPUAS KUALA")).isEmpty();
        Path runDir = dir.resolve("run");
        Map<String, Integer> priorityOf = new HashMap<>();
        Map<String, String> villageOf = new HashMap<>();
        WorklistWriter.Written written;
        try (Warehouse warehouse = Warehouse.open(new JobPaths(job).warehouse(job), Warehouse.Settings.DEFAULT);
                Connection c = warehouse.dataSource().getConnection()) {
            StringWriter console = new StringWriter();
            RunContext run = new RunContext(job, new JobPaths(job), warehouse, "run-test", runDir,
                    new PrintWriter(console, true));
            TruthLinks.write(c, data.resolve("truth"));
            new FlagTasklet(run).judge(c);
            new CaseTasklet(run).build(c);
            id.padan.cases.CaseIds.number(c);
            written = new WorklistTasklet(run).write(c);
            assertThat(console.toString()).contains("worklists: ").contains("NIK masked");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), sum(rows) FROM"
                    + " export_audit WHERE run_id = 'run-test' AND what LIKE 'worklist %.xlsx'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every workbook is in the export audit").isEqualTo(written.workbooks().size());
                assertThat(rs.getLong(2)).isEqualTo(written.rows());
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT case_id, priority, coalesce(kode_wilayah, '') FROM cases")) {
                while (rs.next()) {
                    priorityOf.put(rs.getString(1), rs.getInt(2));
                    villageOf.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        assertThat(priorityOf).hasSizeGreaterThan(50);
        assertThat(written.rows()).isEqualTo(priorityOf.size());

        Path worklists = runDir.resolve(WorklistTasklet.FOLDER);
        Set<String> seen = new HashSet<>();
        for (Path xlsx : files(worklists, ".xlsx")) {
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheetName(0)).isEqualTo(WorklistWriter.SUMMARY_SHEET);
                for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                    Sheet sheet = wb.getSheetAt(i);
                    List<Integer> priorities = new ArrayList<>();
                    Set<String> villages = new HashSet<>();
                    for (Row row : sheet) {
                        if (row.getRowNum() <= WorklistWriter.HEADER_ROW || row.getCell(Column.ID_KASUS.ordinal()) == null) {
                            continue;
                        }
                        String id = row.getCell(Column.ID_KASUS.ordinal()).getStringCellValue();
                        assertThat(seen.add(id)).as(id + " on one sheet only").isTrue();
                        assertThat(priorityOf).containsKey(id);
                        priorities.add(priorityOf.get(id));
                        villages.add(villageOf.get(id));
                        String nik = row.getCell(Column.NIK.ordinal()).getStringCellValue();
                        assertThat(nik.replaceAll("\\D", "").length() < 10 || nik.matches("\\d{6}\\*{6}.{4}"))
                                .as("NIK shown as %s", nik).isTrue();
                    }
                    assertThat(villages).as(sheet.getSheetName() + " holds one village").hasSize(1);
                    assertThat(priorities).as(sheet.getSheetName() + " by priority").isSortedAccordingTo((a, b) -> b - a);
                }
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx))).isEqualTo("rw-------");
        }
        assertThat(seen).isEqualTo(priorityOf.keySet());
        try (InputStream in = Files.newInputStream(worklists.resolve("worklist-620301-SELAT.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("TKSK: Rahmat Hidayat");
        }
        try (Reader r = Files.newBufferedReader(worklists.resolve(WorklistWriter.ALL_CSV), StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().get())) {
            List<CSVRecord> records = p.getRecords();
            assertThat(records).hasSize(priorityOf.size());
            for (CSVRecord rec : records) {
                for (String column : List.of("NIK", "DATA DTKS TERKAIT", "ALASAN", "PENJELASAN PADANAN")) {
                    assertThat(rec.get(column)).as("no whole NIK in " + column).doesNotContainPattern("(?<!\\d)\\d{16}(?!\\d)");
                }
            }
        }
        assertThat(Files.readString(files(worklists, ".xlsx").get(0).resolveSibling(
                files(worklists, ".xlsx").get(0).getFileName().toString().replace(".xlsx", "-RINGKASAN.csv")))).isNotEmpty();
        try (Stream<Path> left = Files.list(worklists)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith(".") || p.toString().endsWith(".part")))
                    .as("no buffers or partial files left").isEmpty();
        }

        Path untouched = files(worklists, ".xlsx").get(0);
        StringWriter imported = new StringWriter();
        int code = Padan.execute(new PrintWriter(imported, true), new PrintWriter(imported, true), "results", "import",
                "--job", jobFile.toString(), untouched.toString());
        assertThat(code).as(imported.toString()).isZero();
        assertThat(imported.toString()).containsPattern("0 rows with a result: 0 stored, 0 already stored, 0 with"
                + " problems; [1-9][0-9,]* rows not yet visited");

        StringWriter reported = new StringWriter();
        assertThat(Padan.execute(new PrintWriter(reported, true), new PrintWriter(reported, true), "report",
                jobFile.toString())).as(reported.toString()).isZero();
        String html = Files.readString(dir.resolve("out/sample-kapuas/laporan-progres.html"));
        assertThat(html).contains("garis merah: 40%").containsPattern("<td>\\d+(\\.\\d)?%</td>")
                .contains("<td>" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("id-ID"))
                        .format(priorityOf.size()) + "</td>")
                .contains("Rp 0</td>");
    }

    private static List<Path> files(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
