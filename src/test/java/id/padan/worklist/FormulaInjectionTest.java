package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names such as {@code =HYPERLINK(...)}, {@code +62...} and {@code @SUM} reach the worklists as inert text. */
class FormulaInjectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+6281234567890|'+6281234567890",
            "-2+3|'-2+3",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "SITI AMINAH|SITI AMINAH",
            "-|-",
            "---|---",
            "O'NEIL|O'NEIL"})
    void triggerCharactersGetAnApostropheThatImportTakesOffAgain(String text, String cell) {
        assertThat(CellText.neutralize(text)).isEqualTo(cell);
        assertThat(CellText.restore(CellText.neutralize(text))).isEqualTo(text.trim());
    }

    @Test
    void textThatAlreadyStartsWithAnApostropheIsLeftAlone() {
        assertThat(CellText.neutralize("'=already quoted")).isEqualTo("'=already quoted");
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralizedToo() {
        assertThat(CellText.neutralize("\tDUSUN II")).isEqualTo("'\tDUSUN II");
        assertThat(CellText.neutralize("\rBU SITI")).isEqualTo("'\rBU SITI");
        assertThat(CellText.restore("'\rBU SITI")).isEqualTo("\rBU SITI");
    }

    @Test
    void noWorklistCellIsAFormulaOrStartsLikeOne() throws Exception {
        WorklistGoldenTest.write(dir, JobDefinition.Worklists.DEFAULT);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        List<String> hostile = new ArrayList<>();
        int strings = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                assertThat(cell.getCellType()).as(f + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                                if (cell.getCellType() == CellType.STRING) {
                                    strings++;
                                    collect(hostile, f + "!" + sheet.getSheetName() + "!" + cell.getAddress(),
                                            cell.getStringCellValue());
                                }
                            }
                        }
                    }
                }
            } else {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                        CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT)) {
                    for (CSVRecord rec : p) {
                        for (String v : rec) {
                            strings++;
                            collect(hostile, f + ":" + rec.getRecordNumber(), v.replace("\uFEFF", ""));
                        }
                    }
                }
            }
        }
        assertThat(strings).isGreaterThan(300);
        assertThat(hostile).isEmpty();
        String all = Files.readString(dir.resolve(WorklistWriter.ALL_CSV));
        assertThat(all).contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\"", "'+6281234567890",
                "'@SUM(A1:A9)", "'-2+3");
    }

    private static void collect(List<String> hostile, String where, String value) {
        if (!value.isEmpty() && CellText.startsLikeFormula(value) && !value.chars().allMatch(c -> c == '-')) {
            hostile.add(where + " = " + value);
        }
    }
}
