package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets a message that names the file (and row and column where there is one), the right
 * exit code, and leaves nothing half-loaded behind.
 */
class BadInputTest {
    private static final String HEADER = "ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELURAHAN|KODE WILAYAH|ALAMAT|"
            + "DUSUN|RT|RW|NOMOR KK|NOMOR NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|NAMA IBU KANDUNG|"
            + "HUBUNGAN KELUARGA|PERISTIWA|TANGGAL PERISTIWA|DESIL|PKH|BPNT|PBI|KIP";
    private static final String ROW = "D1|KALIMANTAN TENGAH|KAPUAS|SELAT|MURUNG KERAMAT|6203011006|JL. RAJIMAN|"
            + "|019|005|6203010404230013|6203012708890004|FAHRUL|1989-08-27|KAPUAS|LAKI-LAKI|GRACE|KEPALA KELUARGA|"
            + "||5|TIDAK|TIDAK|YA|TIDAK";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private Path jobReading(String file, String extra) throws IOException {
        return project.job("bad", """
                name: bad
                root: ..
                warehouse: ../work/bad.duckdb
                output: ../out/bad
                sources:
                  - id: dtks
                    kind: dtks
                    path: %s
                %s""".formatted(file, extra == null ? "" : extra));
    }

    private Path data(String name) throws IOException {
        return Files.createDirectories(dir.resolve("data")).resolve(name);
    }

    private void assertNothingLoaded() throws Exception {
        Path warehouse = dir.resolve("work/bad.duckdb");
        if (!Files.exists(warehouse)) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'imports'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return;
            }
            try (ResultSet imports = c.createStatement().executeQuery("SELECT count(*) FROM imports")) {
                imports.next();
                assertThat(imports.getLong(1)).as("imports after a failed load").isZero();
            }
            try (ResultSet raw = c.createStatement().executeQuery("SELECT count(*) FROM raw_dtks")) {
                raw.next();
                assertThat(raw.getLong(1)).as("raw rows after a failed load").isZero();
            }
        }
    }

    @Test
    void aMissingFile() throws Exception {
        TestProject.Result result = TestProject.padan("run", jobReading("../data/nope.txt", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("sources[0].path").contains("no file found at '../data/nope.txt'");
        assertThat(dir.resolve("work/bad.duckdb")).doesNotExist();
    }

    @Test
    void anEmptyFile() throws Exception {
        Files.writeString(data("dtks.txt"), "");
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.txt is empty (0 bytes)");
        assertThat(dir.resolve("work/bad.duckdb")).doesNotExist();
    }

    @Test
    void aHeaderWithNoNikOrNameColumn() throws Exception {
        Files.writeString(data("dtks.txt"), "KODE|ALAMAT|UMUR\n1|JL. A|40\n");
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.txt").contains("nik").contains("nama").contains("columns:");
        assertThat(dir.resolve("work/bad.duckdb")).doesNotExist();
    }

    @Test
    void mixedDelimiters() throws Exception {
        StringBuilder text = new StringBuilder(HEADER.replace('|', ';')).append('\n');
        for (int i = 0; i < 5; i++) {
            text.append(ROW.replace('|', ';')).append('\n');
        }
        for (int i = 0; i < 5; i++) {
            text.append(ROW.replace('|', ',')).append('\n');
        }
        Files.writeString(data("dtks.txt"), text);
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt", null).toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.all()).contains("dtks.txt").containsPattern("line \\d+");
        assertNothingLoaded();
    }

    @Test
    void aWrongEncodingDeclaredInTheJob() throws Exception {
        String text = HEADER + "\n" + ROW.replace("FAHRUL", "ANDRÉ") + "\n";
        Files.write(data("dtks.txt"), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt",
                "    format: {charset: UTF-8}\n").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.all()).contains("dtks.txt").contains("line 2").contains("windows-1252");
        assertNothingLoaded();
    }

    @Test
    void aBinaryFileRenamedCsv() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Files.write(data("dtks.csv"), bytes);
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.csv", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.csv");
        assertNothingLoaded();
    }

    @Test
    void aWorkbookRenamedCsvIsNamedAsSuch() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data("dtks.csv"))) {
            workbook.createSheet("DTKS").createRow(0).createCell(0).setCellValue("NIK");
            workbook.write(out);
        }
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.csv", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.csv").containsIgnoringCase("workbook");
    }

    @Test
    void anXlsxThatIsNotAZip() throws Exception {
        Files.writeString(data("dtks.xlsx"), HEADER + "\n" + ROW + "\n");
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.xlsx", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.xlsx").contains("ZIP");
        assertNothingLoaded();
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(data("dtks.xlsx")))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.xlsx", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.xlsx");
        assertNothingLoaded();
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsAreRejectedWithRowAndReason() throws Exception {
        Files.writeString(data("dtks.txt"), String.join("\n", List.of(HEADER, ROW, ROW + "|EXTRA",
                ROW.replace("6203012708890004", "6203012708890005"), ROW.substring(0, ROW.lastIndexOf('|')))) + "\n");
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt", null).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("dtks.txt +dtks +4 = +2 \\+ +2");
        List<String> rejects = Files.readAllLines(dir.resolve("out/bad/run-0001/rejects.csv"));
        assertThat(rejects).hasSize(3);
        assertThat(rejects.get(1)).startsWith("dtks.txt,2,3,").contains("26 fields");
        assertThat(rejects.get(2)).startsWith("dtks.txt,4,5,").contains("24 fields");
    }

    @Test
    void aSingleLineOf200MegabytesIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = data("dtks.txt");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "ABCDEFGHIJ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }
        TestProject.Result result = TestProject.padan("run", jobReading("../data/dtks.txt", null).toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.all()).contains("dtks.txt").contains("line 2").contains("longer than");
        assertNothingLoaded();
        Files.delete(file);
    }

    @Test
    void aPathThatEscapesTheJobsFolder() throws Exception {
        TestProject.Result result = TestProject.padan("run", jobReading("../../../etc/passwd", null).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("sources[0].path").contains("outside the job's root folder");
    }
}
