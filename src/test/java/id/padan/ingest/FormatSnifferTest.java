package id.padan.ingest;

import static id.padan.ingest.Fixtures.resource;
import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    private static TextFormat sniff(Path file) {
        return FormatSniffer.sniff(file, FormatOptions.defaults());
    }

    @Test
    void utf8WithBomAndPipes() {
        TextFormat format = sniff(resource("dtks-utf8-bom.csv"));
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bomLength()).isEqualTo(3);
        assertThat(format.delimiter()).isEqualTo('|');
        assertThat(format.describe()).isEqualTo("CSV, delimiter '|', UTF-8 with BOM, LF line ends");
    }

    @Test
    void windows1252FromExcelInTheIndonesianLocale() {
        TextFormat format = sniff(resource("pkh-windows-1252-semicolon-crlf.csv"));
        assertThat(format.charset().name()).isEqualTo("windows-1252");
        assertThat(format.bomLength()).isZero();
        assertThat(format.describe())
                .isEqualTo("CSV, delimiter ';', Windows-1252 (not valid UTF-8), CRLF line ends");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "quoted-pipe-multiline.csv!|!LF!UTF-8",
        "deaths-tab.txt!'\t'!LF!UTF-8",
        "kip-comma-cr.csv!,!CR!UTF-8",
        "header-only.csv!,!CRLF!UTF-8",
        "trailing-blank-lines.csv!,!LF!UTF-8",
        "field-counts.csv!|!LF!UTF-8"})
    void detectsDelimiterAndLineEnds(String fixture, char delimiter, String lineEnding, String charset) {
        TextFormat format = sniff(resource(fixture));
        assertThat(format.delimiter()).isEqualTo(delimiter);
        assertThat(format.lineEnding()).isEqualTo(lineEnding);
        assertThat(format.charset().name()).isEqualTo(charset);
    }

    @Test
    void quotedDelimitersDoNotVote() {
        Path file = write(dir, "q.csv", "\"a;b\",c\n\"d;e\",f\n\"g;h\",i\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sniff(file).delimiter()).isEqualTo(',');
    }

    @Test
    void aFileOfOneColumnNeedsNoDelimiter() {
        Path file = write(dir, "nik.csv", "NIK\n6203015203850002\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sniff(file).delimiter()).isEqualTo(',');
    }

    @Test
    void headerRowSkipsATitleAboveTheHeader() {
        byte[] text = "DAFTAR PENERIMA PKH, TAHAP 1\n\nNIK;NAMA;ALAMAT\n1;A;JL. X, NO. 1\n2;B;JL. Y\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = write(dir, "titled.csv", text);
        assertThat(FormatSniffer.sniff(file, FormatOptions.defaults().withHeaderRow(3)).delimiter()).isEqualTo(';');
    }

    @Test
    void utf16WithBomAsExcelUnicodeTextWritesIt() {
        byte[] body = "NIK\tNAMA\r\n6203015203850002\tANDRÉ\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);
        TextFormat format = sniff(write(dir, "unicode.txt", content));
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.bomLength()).isEqualTo(2);
        assertThat(format.delimiter()).isEqualTo('\t');
        assertThat(format.charsetLabel()).isEqualTo("UTF-16LE with BOM");
    }

    @Test
    void utf16WithoutBomIsNamedNotCalledBinary() {
        Path file = write(dir, "nobom.txt", "NIK\tNAMA\r\n1\tA\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> sniff(file)).isInstanceOf(InputFileException.class)
                .hasMessage("nobom.txt: this looks like UTF-16LE text without a byte-order mark: set charset:"
                        + " UTF-16LE in the job file");
        TextFormat format = FormatSniffer.sniff(file, FormatOptions.defaults().withCharset(StandardCharsets.UTF_16LE));
        assertThat(format.delimiter()).isEqualTo('\t');
    }

    @Test
    void refusesBinaryFiles() {
        byte[] content = "NIK,NAMA\n1,A\u0000\u0001\u0002garbage".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write(dir, "dump.csv", content);
        assertThatThrownBy(() -> sniff(file)).isInstanceOf(InputFileException.class)
                .hasMessage("dump.csv: this is a binary file, not delimited text (a NUL byte at byte 13): check that"
                        + " the right file was given, or export the data as CSV");
    }

    @Test
    void refusesAnXlsxRenamedCsv() throws IOException {
        Path file = dir.resolve("dtks.csv");
        try (Fixtures.WorkbookBuilder workbook = new Fixtures.WorkbookBuilder()) {
            workbook.sheet("Sheet1").row(1, "NIK", "NAMA").save(file);
        }
        assertThatThrownBy(() -> sniff(file)).isInstanceOf(InputFileException.class)
                .hasMessage("dtks.csv: this is an Excel workbook (XLSX) or another ZIP archive, not a CSV file (renamed"
                        + " to .csv): set format: xlsx in the job file, or open it in Excel and save it as CSV");
    }

    @Test
    void aWorkbookReadAsCsvBecauseOfTheJobFileIsNotCalledRenamed() throws IOException {
        Path file = dir.resolve("dtks.xlsx");
        try (Fixtures.WorkbookBuilder workbook = new Fixtures.WorkbookBuilder()) {
            workbook.sheet("Sheet1").row(1, "NIK", "NAMA").save(file);
        }
        assertThatThrownBy(() -> sniff(file))
                .hasMessage("dtks.xlsx: this is an Excel workbook (XLSX) or another ZIP archive, not a CSV file: set"
                        + " format: xlsx in the job file, or open it in Excel and save it as CSV");
    }

    @Test
    void refusesAnOldXlsRenamedCsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("NIK");
            workbook.write(bytes);
        }
        Path file = write(dir, "old.csv", bytes.toByteArray());
        assertThatThrownBy(() -> sniff(file)).hasMessageContaining("Excel 97-2003 workbook (.xls)")
                .hasMessageContaining("save it as CSV");
    }

    @Test
    void refusesAPdf() {
        Path file = write(dir, "daftar.csv", "%PDF-1.7\n%...".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> sniff(file))
                .hasMessage("daftar.csv: this is a PDF document, not a CSV file (renamed to .csv): ask for the CSV or"
                        + " XLSX export instead of the printout");
    }

    @Test
    void refusesEmptyFiles() {
        assertThatThrownBy(() -> sniff(resource("empty.csv"))).isInstanceOf(InputFileException.class)
                .hasMessage("empty.csv: the file is empty (0 bytes): export it again");
        assertThatThrownBy(() -> sniff(resource("blank-lines-only.csv")))
                .hasMessage("blank-lines-only.csv: the file has no header and no data, only blank lines: export it"
                        + " again");
        Path bomOnly = write(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThatThrownBy(() -> sniff(bomOnly)).hasMessageContaining("only a byte-order mark");
    }

    @Test
    void refusesMixedDelimitersNamingTheFirstLineThatDisagrees() {
        assertThatThrownBy(() -> sniff(resource("mixed-delimiters.csv")))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessage("mixed-delimiters.csv: line 4 is split by ',' (3 fields) but the header on line 1 by ';'"
                        + " (3 fields): the file mixes delimiters. Save it again with one delimiter, or set delimiter:"
                        + " in the job file");
    }

    @Test
    void unevenRowsSplitByTheSameDelimiterAreLeftToTheRowChecks() {
        // field-counts.csv has rows with 5 and 3 fields, all split by '|': rows problems, not a file error
        assertThat(sniff(resource("field-counts.csv")).delimiter()).isEqualTo('|');
    }

    @Test
    void jobFileOverridesWin() {
        FormatOptions options = FormatOptions.defaults().withDelimiter(',')
                .withCharset(StandardCharsets.ISO_8859_1);
        TextFormat format = FormatSniffer.sniff(resource("pkh-windows-1252-semicolon-crlf.csv"), options);
        assertThat(format.delimiter()).isEqualTo(',');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.charsetLabel()).isEqualTo("ISO-8859-1 (set in the job file)");
    }

    @Test
    void aUtf8BomIsSkippedWhenTheJobFileAlsoSaysUtf8() {
        TextFormat format = FormatSniffer.sniff(resource("dtks-utf8-bom.csv"),
                FormatOptions.defaults().withCharset(StandardCharsets.UTF_8));
        assertThat(format.bomLength()).isEqualTo(3);
    }
}
