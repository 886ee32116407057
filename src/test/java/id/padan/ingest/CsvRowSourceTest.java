package id.padan.ingest;

import static id.padan.ingest.Fixtures.resource;
import static id.padan.ingest.Fixtures.rows;
import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowSourceTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    private static RowSource open(Path file) {
        return RowSources.open(file, FormatOptions.defaults());
    }

    private static List<SourceRow> readAll(Path file, FormatOptions options) {
        try (RowSource source = RowSources.open(file, options)) {
            return rows(source);
        }
    }

    @Test
    void readsAUtf8DtksExportWithBomAndQuotedFields() {
        try (RowSource source = open(resource("dtks-utf8-bom.csv"))) {
            assertThat(source.header()).hasSize(25).startsWith("ID DTKS", "PROVINSI").endsWith("PBI", "KIP");
            assertThat(source.headerLine()).isEqualTo(1);
            assertThat(source.describeFormat()).isEqualTo("CSV, delimiter '|', UTF-8 with BOM, LF line ends");
            List<SourceRow> rows = rows(source);
            assertThat(rows).extracting(SourceRow::dataRow).containsExactly(1L, 2L);
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L);
            assertThat(rows).allMatch(SourceRow::ok);
            assertThat(rows.get(0).values()).hasSize(25);
            assertThat(rows.get(0).value(0)).isEqualTo("98CF41C1-9EB9-4C3E-8D7A-1F2E3D4C5B6A");
            assertThat(rows.get(0).value(11)).isEqualTo("6203015203850002");
            assertThat(rows.get(1).value(12)).as("trimmed, inner spaces kept").isEqualTo("AHMAD  FAUZI");
            assertThat(rows.get(0).value(18)).isEmpty();
        }
    }

    @Test
    void readsWindows1252SemicolonCrlfFromExcel() {
        try (RowSource source = open(resource("pkh-windows-1252-semicolon-crlf.csv"))) {
            assertThat(source.header()).containsExactly("NO", "NIK", "NO KK", "NAMA PENGURUS", "TANGGAL LAHIR",
                    "KODE WILAYAH", "KECAMATAN", "KELURAHAN", "ALAMAT", "RT", "RW", "PROGRAM", "PERIODE");
            List<SourceRow> rows = rows(source);
            assertThat(rows).hasSize(2).allMatch(SourceRow::ok);
            assertThat(rows.get(0).value(3)).isEqualTo("ANDRÉ WIJAYA");
            assertThat(rows.get(0).value(8)).isEqualTo("JL. PANGERAN ANTASARI Nº 3");
            assertThat(rows.get(1).value(8)).isEqualTo("JL. MERDEKA; GG. 2");
            assertThat(rows.get(1).value(12)).as("no CR left at the line end").isEqualTo("2024-T1");
        }
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndLinesStayExact() {
        try (RowSource source = open(resource("quoted-pipe-multiline.csv"))) {
            List<SourceRow> rows = rows(source);
            assertThat(rows).hasSize(4).allMatch(SourceRow::ok);
            assertThat(rows.get(0).values()).containsExactly("ID-1", "6203015203850002", "SITI \"UTI\" AMINAH",
                    "JL. MAWAR | GG. 2", "baris satu\nbaris dua");
            assertThat(rows.get(1).value(3)).isEqualTo("RT 03 | RW 01");
            assertThat(rows.get(2).value(2)).as("NBSP trimmed around, kept inside").isEqualTo("MARIA\u00a0ULFAH");
            assertThat(rows.get(2).value(4)).isEqualTo("tiga\r\nbaris\r\nlagi");
            assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L, 5L, 8L);
        }
    }

    @Test
    void crLineEndsAndQuotedCommas() {
        List<SourceRow> rows = readAll(resource("kip-comma-cr.csv"), FormatOptions.defaults());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).value(9)).isEqualTo("JL. MAWAR NO. 5, GG. 2");
        assertThat(rows.get(0).value(17)).isEqualTo("8");
    }

    @Test
    void blankLinesAreSkippedAndNotCounted() {
        List<SourceRow> rows = readAll(resource("trailing-blank-lines.csv"), FormatOptions.defaults());
        assertThat(rows).extracting(SourceRow::dataRow).containsExactly(1L, 2L);
        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
        assertThat(rows.get(1).values()).containsExactly("6203011506100003", "AHMAD");
    }

    @Test
    void headerOnlyGivesNoRows() {
        try (RowSource source = open(resource("header-only.csv"))) {
            assertThat(source.header()).containsExactly("NIK", "NAMA_LGKP", "TGL_LHR", "TGL_KEMATIAN");
            assertThat(source.iterator().hasNext()).isFalse();
        }
    }

    @Test
    void rowsWithTooManyOrTooFewFieldsComeBackWithAProblem() {
        List<SourceRow> rows = readAll(resource("field-counts.csv"), FormatOptions.defaults());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).ok()).isTrue();
        SourceRow tooMany = rows.get(1);
        assertThat(tooMany.problem().code()).isEqualTo(RowProblem.FIELD_COUNT);
        assertThat(tooMany.problem().message()).isEqualTo("row 2 (line 3) has 5 fields, the header has 4: check for"
                + " an unquoted '|' inside a field (quote that field)");
        assertThat(tooMany.values()).as("kept for the rejects table").hasSize(5).contains("JL. MAWAR", "GG. 2");
        assertThat(rows.get(2).problem().message()).isEqualTo("row 3 (line 4) has 3 fields, the header has 4: check"
                + " for a missing '|' or a line break inside an unquoted field");
        assertThat(rows.get(3).ok()).as("empty trailing fields are dropped").isTrue();
        assertThat(rows.get(3).values()).containsExactly("4", "6203010101120002", "BUDI", "JL. MELATI");
    }

    @Test
    void emptyTrailingHeaderColumnsAreDropped() {
        Path file = write(dir, "ghost.csv", "NIK;NAMA;;\r\n1;A;;\r\n2;B\r\n".getBytes(StandardCharsets.UTF_8));
        try (RowSource source = open(file)) {
            assertThat(source.header()).containsExactly("NIK", "NAMA");
            assertThat(rows(source)).allMatch(SourceRow::ok).extracting(row -> row.value(1)).containsExactly("A", "B");
        }
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpens() {
        assertThatThrownBy(() -> readAll(resource("unclosed-quote.csv"), FormatOptions.defaults()))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessage("unclosed-quote.csv: line 3 opens a quoted field that is never closed (the file ends inside"
                        + " the quotes): close the quote, or write a quote that belongs to the text as \"\"");
    }

    @Test
    void textAfterAClosingQuoteIsExplained() {
        assertThatThrownBy(() -> readAll(resource("text-after-quote.csv"), FormatOptions.defaults()))
                .hasMessage("text-after-quote.csv: line 2 has text after the closing quote of a quoted field, before"
                        + " the next '|' (like \"ABC\"DEF): quote the whole field and write quotes inside it as \"\"");
    }

    @Test
    void aHugeSingleLineFailsFastWithoutReadingItIntoMemory() throws IOException {
        Path file = dir.resolve("one-line.csv");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("NIK|NAMA\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(200L << 20);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults()))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("one-line.csv: line 2 is longer than 1 MiB: this is not a delimited text file, or it has"
                        + " an unclosed quote");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(usedHeap() - heapBefore).as("heap growth").isLessThan(64L << 20);
        Files.delete(file);
    }

    @Test
    void anUnclosedQuoteInABigFileStopsAtTheLimitInsteadOfSwallowingTheRest() throws IOException {
        StringBuilder text = new StringBuilder("NIK|NAMA|ALAMAT\n1|A|\"JL. MAWAR\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append("|NAMA ").append(i).append("|JL. KENANGA NO. ").append(i).append('\n');
        }
        Path file = write(dir, "runaway.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults().withMaxLineLength(64L * 1024)))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageStartingWith("runaway.csv: the record that starts on line 2 runs on to line ")
                .hasMessageEndingWith(" and over 64 KiB: a quote in it is probably never closed; close it, or write a"
                        + " quote that belongs to the text as \"\"");
    }

    @Test
    void aSmallLineLimitDoesNotMistakeReadAheadForALongRecord() {
        StringBuilder text = new StringBuilder("NIK;NAMA\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("62030152038").append(String.format("%05d", i)).append(";NAMA ").append(i).append('\n');
        }
        text.append("6203015203850002;").append("X".repeat(200)).append('\n');
        Path file = write(dir, "short-lines.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults().withMaxLineLength(100L)))
                .hasMessage("short-lines.csv: line 5002 is longer than 100 bytes: this is not a delimited text file,"
                        + " or it has an unclosed quote");
    }

    @Test
    void bytesThatAreNotUtf8AfterTheSampleAreReportedWithTheirLine() throws IOException {
        StringBuilder text = new StringBuilder("NIK;NAMA\n");
        int lines = 0;
        while (text.length() < FormatSniffer.SAMPLE_BYTES + 1000) {
            text.append("620301520385").append(String.format("%04d", lines % 10000)).append(";NAMA\n");
            lines++;
        }
        byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "6203010101120002;ANDR\u00c9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        Path file = write(dir, "late.csv", content);
        long badLine = lines + 2;
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults()))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.line()).isEqualTo(badLine))
                .hasMessage("late.csv: line " + badLine + " has bytes that are not valid UTF-8 (0xC9 at column 22):"
                        + " the file mixes encodings, or is Windows-1252 after all; set charset: windows-1252 in the"
                        + " job file");
        List<SourceRow> rows = readAll(file, FormatOptions.defaults().withCharset(FormatSniffer.WINDOWS_1252));
        assertThat(rows.get(rows.size() - 1).value(1)).isEqualTo("ANDRÉ");
    }

    @Test
    void headerRowSkipsTitleLines() {
        Path file = write(dir, "titled.csv", ("DAFTAR PENERIMA PKH;;\r\nTAHAP 1 2024;;\r\nNIK;NAMA;RT\r\n1;A;3\r\n")
                .getBytes(StandardCharsets.UTF_8));
        try (RowSource source = RowSources.open(file, FormatOptions.defaults().withHeaderRow(3))) {
            assertThat(source.header()).containsExactly("NIK", "NAMA", "RT");
            assertThat(source.describeFormat()).endsWith(", header on line 3");
            List<SourceRow> rows = rows(source);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.dataRow()).isEqualTo(1);
                assertThat(row.line()).isEqualTo(4);
            });
        }
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults().withHeaderRow(9)))
                .hasMessageContaining("the header is set to line 9, but the file has no data from there on");
    }

    @Test
    void endMarkerStopsBeforeNotes() {
        Path file = write(dir, "marked.csv", "NIK;NAMA\n1;A\n2;B\n###;\nCatatan: \"belum lengkap\n"
                .getBytes(StandardCharsets.UTF_8));
        List<SourceRow> rows = readAll(file, FormatOptions.defaults().withEndMarker("###"));
        assertThat(rows).extracting(row -> row.value(1)).containsExactly("A", "B");
    }

    @Test
    void readsUtf16FromExcelUnicodeText() {
        byte[] body = "NIK\tNAMA\r\n6203015203850002\tANDRÉ\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);
        List<SourceRow> rows = readAll(write(dir, "unicode.txt", content), FormatOptions.defaults());
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.values()).containsExactly("6203015203850002", "ANDRÉ"));
    }

    @Test
    void rowsCanBeReadOnlyOnce() {
        try (RowSource source = open(resource("header-only.csv"))) {
            Iterator<SourceRow> first = source.iterator();
            assertThat(first.hasNext()).isFalse();
            assertThatThrownBy(source::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
