package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The layout variants of synth: deterministic, and each value written the way its layout writes it. */
class SynthLayoutVariantsTest {

    @ParameterizedTest
    @EnumSource(SynthLayout.class)
    void theSameOptionsGiveTheSameFilesInEveryLayout(SynthLayout layout) throws Exception {
        Path first = TestDirs.create("variant-a");
        Path second = TestDirs.create("variant-b");
        try {
            new Synthesizer(TestRegions.get()).run(SynthOptions.of(40, 9L, "62.03", first), layout);
            new Synthesizer(TestRegions.get()).run(SynthOptions.of(40, 9L, "62.03", second), layout);
            assertThat(fingerprints(second)).isEqualTo(fingerprints(first));
        } finally {
            TestDirs.delete(first);
            TestDirs.delete(second);
        }
    }

    /** SHA-256 of each text file; of the displayed cell texts of each workbook, whose zip carries write times. */
    private static Map<String, String> fingerprints(Path dir) throws IOException, NoSuchAlgorithmException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                if (file.toString().endsWith(".xlsx")) {
                    digest.update(String.join("\n", cells(file)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    digest.update(Files.readAllBytes(file));
                }
                prints.put(dir.relativize(file).toString(), HexFormat.of().formatHex(digest.digest()));
            }
        }
        return prints;
    }

    private static List<String> cells(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                texts.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(formatter.formatCellValue(cell)).append('|');
                    }
                    texts.add(line.toString());
                }
            }
        }
        return texts;
    }

    @Test
    void workbookCellsAreTextSoNikKeepsItsDigits() throws Exception {
        Path dir = TestDirs.create("variant-opensid");
        try {
            new Synthesizer(TestRegions.get()).run(SynthOptions.of(40, 9L, "62.03", dir), SynthLayout.OPENSID);
            try (InputStream in = Files.newInputStream(dir.resolve("pkh_2026_t1.xlsx"));
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Program");
                Sheet peserta = workbook.getSheet("Peserta");
                Cell nik = peserta.getRow(1).getCell(2);
                assertThat(nik.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(nik.getStringCellValue()).matches("\\d{16}");
                assertThat(peserta.getRow(peserta.getLastRowNum() - 1).getCell(0).getStringCellValue()).isEqualTo("###");
            }
            assertThat(dir.resolve("pkh_2026_t1.csv")).doesNotExist();
            assertThat(Files.readString(dir.resolve("truth/links.csv"))).contains("pkh_2026_t1.xlsx")
                    .doesNotContain("pkh_2026_t1.csv");
        } finally {
            TestDirs.delete(dir);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "JL. MAWAR;004;002;0;JL. MAWAR RT 004 RW 002",
        "JL. MAWAR;004;002;1;JL. MAWAR RT.4/RW.2",
        "JL. MAWAR;014;002;2;JL. MAWAR rt 14 rw 2",
        "GG. MELATI;'';003;0;GG. MELATI RT - RW 003",
        "'';010;'';1;RT.10/RW.-",
        "RT 002 RW 001 DUSUN I;002;001;2;RT 002 RW 001 DUSUN I",
    })
    void villageAddressesCarryRtAndRw(String street, String rt, String rw, int row, String expected) {
        assertThat(LayoutRewriter.addressWithRtRw(street, rt, rw, row)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} period {1} -> {2}")
    @CsvSource({"L, 1, 1", "P, 1, 2", "L, 2, Lk", "P, 2, Pr"})
    void villageSexCodes(String sex, int period, String expected) {
        assertThat(LayoutRewriter.sexCode(sex, period)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MD, Meninggal", "PD, Pindah", "DD, Pindah Datang", "TT, Tidak Ditemukan", "MM, Menolak", "'', ''"})
    void dtsenDeathLabels(String code, String label) {
        assertThat(LayoutRewriter.deathLabel(code)).isEqualTo(label);
        assertThat(id.padan.standardize.Peristiwa.parse(label))
                .as("padan reads the label back as the code")
                .isEqualTo(code.isEmpty() ? null : id.padan.standardize.Peristiwa.valueOf(code));
    }
}
