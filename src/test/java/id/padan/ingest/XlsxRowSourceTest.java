package id.padan.ingest;

import static id.padan.ingest.Fixtures.rows;
import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.SourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    private static List<SourceRow> readAll(Path file, FormatOptions options) {
        try (RowSource source = RowSources.open(file, options)) {
            return rows(source);
        }
    }

    /** OpenSID's "program bantuan" workbook: a key/value sheet, then the participants ending at ###. */
    private Path openSidWorkbook() throws IOException {
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Program")
                    .row(1, "Nama Program", "PKH")
                    .row(2, "Sasaran Peserta", "Keluarga")
                    .row(3, "Rentang Waktu (Awal)")
                    .formatted(3, 1, DateUtil.getExcelDate(LocalDate.of(2024, 1, 1)), "m/d/yy")
                    .row(4, "Rentang Waktu (Akhir)")
                    .formatted(4, 1, DateUtil.getExcelDate(LocalDate.of(2024, 3, 31)), "m/d/yy");
            book.sheet("Peserta")
                    .row(1, "Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Alamat")
                    .row(2, "6203011203150001", "P-001", "6203015203850002", "  SITI AMINAH ", "KUALA KAPUAS")
                    .formatted(2, 5, DateUtil.getExcelDate(LocalDate.of(1985, 3, 12)), "m/d/yy")
                    .row(2, null, null, null, null, null, null, "RT 03 RW 01 DESA SELAT DALAM")
                    .row(3, "6203011203150001", "P-002", 3271046504870000d, "AHMAD FAUZI", "KUALA KAPUAS")
                    .formatted(3, 5, DateUtil.getExcelDate(LocalDate.of(2010, 6, 15)), "dd-mm-yyyy")
                    .row(5, "6203010101120002", "P-003", "6203014107900004", "MARIA ULFAH", "PALANGKA RAYA")
                    .row(6, "###")
                    .row(7, "Catatan: data belum diverifikasi")
                    .row(8, "NIK", "Nama");
            return book.save(dir.resolve("program-bantuan.xlsx"));
        }
    }

    @Test
    void readsCellsAsDisplayedTextAndStopsAtTheEndMarker() throws IOException {
        Path file = openSidWorkbook();
        FormatOptions options = FormatOptions.defaults().withSheet("Peserta").withEndMarker("###");
        try (RowSource source = RowSources.open(file, options)) {
            assertThat(source.header()).containsExactly("Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir",
                    "Tanggal Lahir", "Alamat");
            assertThat(source.describeFormat()).isEqualTo("XLSX sheet 'Peserta', header row 1, data ends at '###'");
            List<SourceRow> rows = rows(source);
            assertThat(rows).extracting(SourceRow::dataRow).containsExactly(1L, 2L, 3L);
            assertThat(rows).as("blank sheet row 4 skipped").extracting(SourceRow::line).containsExactly(2L, 3L, 5L);
            assertThat(rows.get(0).values()).containsExactly("6203011203150001", "P-001", "6203015203850002",
                    "SITI AMINAH", "KUALA KAPUAS", "12/03/1985", "RT 03 RW 01 DESA SELAT DALAM");
            assertThat(rows.get(1).value(5)).as("a custom date format").isEqualTo("15-06-2010");
            assertThat(rows.get(1).value(2)).as("digits, not 3.27105E+15").isEqualTo("3271046504870000");
            assertThat(rows.get(1).isNumeric(2)).isTrue();
            assertThat(rows.get(1).isNumeric(1)).isFalse();
            assertThat(rows.get(2).value(6)).as("missing trailing cells are blank").isEmpty();
            assertThat(rows).allMatch(SourceRow::ok);
        }
    }

    @Test
    void withoutAnEndMarkerNotesBecomeRows() throws IOException {
        List<SourceRow> rows = readAll(openSidWorkbook(), FormatOptions.defaults().withSheet("Peserta"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(3).value(0)).isEqualTo("###");
    }

    @Test
    void aNikStoredAsANumberIsCaughtWithAMessage() throws IOException {
        Path file = openSidWorkbook();
        FormatOptions options = FormatOptions.defaults().withSheet("Peserta").withEndMarker("###");
        try (RowSource source = RowSources.open(file, options)) {
            HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS).map(source.header());
            ExcelNumberGuard guard = new ExcelNumberGuard(mapping, source);
            List<SourceRow> rows = rows(source).stream().map(guard::check).toList();
            assertThat(rows.get(0).ok()).isTrue();
            // a damaged NIK stays on the list, in the scientific form standardize reports as EXCEL_TRUNCATED
            assertThat(rows.get(1).ok()).isTrue();
            assertThat(rows.get(1).value(mapping.columnOf("nik"))).isEqualTo("3.27104650487E+15");
            assertThat(rows.get(2).ok()).isTrue();
        }
    }

    @Test
    void numbersAndOtherCellTypesShowAsInExcel() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Data").row(1, "NIK", "JUMLAH", "DESIL", "AKTIF", "NOMINAL", "NISN")
                    .row(2, 3271046504870001d, 1500000.5d, 4d, true)
                    .formatted(2, 4, 1500000, "#,##0")
                    .row(2, null, null, null, null, null, 98765432d);
            file = book.save(dir.resolve("types.xlsx"));
        }
        List<SourceRow> rows = readAll(file, FormatOptions.defaults());
        assertThat(rows.get(0).values())
                .containsExactly("3271046504870001", "1500000.5", "4", "TRUE", "1,500,000", "98765432");
        assertThat(rows.get(0).numericCells().stream().toArray()).containsExactly(0, 1, 2, 4, 5);
    }

    @Test
    void errorCellsShowAsExcelShowsThem() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Data").row(1, "NIK", "DESIL").row(2, "6203015203850002");
            book.workbook.getSheet("Data").getRow(1).createCell(1).setCellErrorValue(FormulaError.NA.getCode());
            file = book.save(dir.resolve("errors.xlsx"));
        }
        assertThat(readAll(file, FormatOptions.defaults()).get(0).values()).containsExactly("6203015203850002", "#N/A");
    }

    @Test
    void aWorkbookWithoutStylesIsStillRead() throws IOException {
        Path plain;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            plain = book.sheet("Data").row(1, "NIK", "NAMA").row(2, "6203015203850002", "SITI")
                    .save(dir.resolve("plain.xlsx"));
        }
        Path bare = dir.resolve("bare.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bare))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/styles.xml")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().endsWith(".rels") || entry.getName().equals("[Content_Types].xml")) {
                    text = text.replaceAll("<(Relationship|Override)[^>]*styles[^>]*/>", "");
                }
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertThat(readAll(bare, FormatOptions.defaults())).singleElement()
                .satisfies(row -> assertThat(row.values()).containsExactly("6203015203850002", "SITI"));
    }

    @Test
    void picksSheetsByNameOrPosition() throws IOException {
        Path file = openSidWorkbook();
        for (String sheet : List.of("Peserta", "peserta ", "2")) {
            try (RowSource source = RowSources.open(file, FormatOptions.defaults().withSheet(sheet))) {
                assertThat(source.header()).as(sheet).startsWith("Peserta", "No. Peserta");
            }
        }
        try (RowSource source = RowSources.open(file, FormatOptions.defaults().withSheet("1"))) {
            assertThat(source.header()).containsExactly("Nama Program", "PKH");
        }
        try (RowSource source = RowSources.open(file, FormatOptions.defaults())) {
            assertThat(source.header()).as("a workbook with the OpenSID profile's sheet opens on it, not on the first")
                    .startsWith("Peserta", "No. Peserta");
            assertThat(source.describeFormat()).isEqualTo("XLSX sheet 'Peserta', header row 1, data ends at '###'");
        }
    }

    @Test
    void aMissingSheetListsTheSheetsThatExist() throws IOException {
        Path file = openSidWorkbook();
        assertThatThrownBy(() -> RowSources.open(file, FormatOptions.defaults().withSheet("Penerima")))
                .isInstanceOf(InputFileException.class)
                .hasMessage("program-bantuan.xlsx: has no sheet 'Penerima': its sheets are 'Program', 'Peserta'; set"
                        + " sheet: in the job file to one of them");
        assertThatThrownBy(() -> RowSources.open(file, FormatOptions.defaults().withSheet("3")))
                .hasMessage("program-bantuan.xlsx: has no sheet number 3: it has 2 ('Program', 'Peserta'); set sheet:"
                        + " in the job file to a name or a number from 1 to 2");
    }

    @Test
    void headerRowSkipsRowsAbove() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("KIP").row(1, "DAFTAR PENERIMA KIP 2024").row(2, "KABUPATEN KAPUAS")
                    .row(3, "NO", "NISN", "NAMA SISWA").row(4, "1", "0098765432", "AHMAD FAUZI");
            file = book.save(dir.resolve("kip.xlsx"));
        }
        try (RowSource source = RowSources.open(file, FormatOptions.defaults().withHeaderRow(3))) {
            assertThat(source.header()).containsExactly("NO", "NISN", "NAMA SISWA");
            assertThat(source.headerLine()).isEqualTo(3);
            assertThat(source.describeFormat()).isEqualTo("XLSX sheet 'KIP', header row 3");
            assertThat(rows(source)).singleElement().satisfies(row -> {
                assertThat(row.dataRow()).isEqualTo(1);
                assertThat(row.line()).isEqualTo(4);
                assertThat(row.value(1)).isEqualTo("0098765432");
            });
        }
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults().withHeaderRow(5)))
                .hasMessage("kip.xlsx: sheet 'KIP' has nothing on or below row 5, the header row: check headerRow in"
                        + " the job file");
    }

    @Test
    void aHeaderRowThatIsEmptyIsAnError() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Data").row(1, "JUDUL").row(3, "NIK", "NAMA").row(4, "1", "A");
            file = book.save(dir.resolve("gap.xlsx"));
        }
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults().withHeaderRow(2)))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.sheet()).isEqualTo("Data"))
                .hasMessage("gap.xlsx: sheet 'Data' row 2, set as the header row, is empty: check headerRow in the job"
                        + " file");
    }

    @Test
    void withoutHeaderRowTheFirstNonBlankRowIsTheHeader() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Data").row(2, "", "  ").row(3, "NIK", "NAMA", "", "").row(4, "1", "A").row(5, "", "")
                    .row(9, " ");
            file = book.save(dir.resolve("late-header.xlsx"));
        }
        try (RowSource source = RowSources.open(file, FormatOptions.defaults())) {
            assertThat(source.header()).containsExactly("NIK", "NAMA");
            assertThat(rows(source)).as("trailing empty rows ignored").singleElement()
                    .satisfies(row -> assertThat(row.values()).containsExactly("1", "A"));
        }
    }

    @Test
    void aValueRightOfTheHeaderIsARowProblem() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            book.sheet("Data").row(1, "NIK", "NAMA").row(2, "1", "A", null, "cek lagi");
            file = book.save(dir.resolve("extra.xlsx"));
        }
        assertThat(readAll(file, FormatOptions.defaults())).singleElement().satisfies(row -> {
            assertThat(row.problem().code()).isEqualTo(RowProblem.CELL_OUTSIDE_HEADER);
            assertThat(row.problem().column()).isEqualTo("D");
            assertThat(row.problem().message()).isEqualTo("row 1 (sheet row 2) has \"cek lagi\" in column D, right of"
                    + " the last header column B: give the column a header, or clear the cell");
        });
    }

    @Test
    void refusesAFileWithoutZipSignature() {
        Path file = write(dir, "pkh.xlsx", "NIK;NAMA\n1;A\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults())).isInstanceOf(InputFileException.class)
                .hasMessage("pkh.xlsx: not an XLSX workbook (no ZIP signature): is it an old .xls or a CSV with the"
                        + " wrong extension? For a CSV file, set format: csv in the job file or rename it to .csv");
    }

    @Test
    void refusesAnOldXlsWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("NIK");
            workbook.write(bytes);
        }
        Path file = write(dir, "lama.xlsx", bytes.toByteArray());
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults()))
                .hasMessage("lama.xlsx: this is an old Excel 97-2003 workbook (.xls), which padan does not read: open"
                        + " it in Excel and save it as .xlsx or CSV");
    }

    @Test
    void refusesAPasswordProtectedWorkbookSayingSo() throws Exception {
        Path plain;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            plain = book.sheet("Data").row(1, "NIK").save(dir.resolve("plain.xlsx"));
        }
        Path file = dir.resolve("rahasia.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("sandi");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults()))
                .hasMessage("rahasia.xlsx: the workbook is protected with a password: open it in Excel, remove the"
                        + " password (File > Info > Protect Workbook) and save it again");
    }

    @Test
    void refusesAZipBombWithoutLoweringPoisLimits() throws IOException {
        Path plain;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            plain = book.sheet("Data").row(1, "NIK").row(2, "1").save(dir.resolve("plain.xlsx"));
        }
        Path bomb = dir.resolve("bom.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 16; i++) {
                        out.write(spaces); // whitespace is valid XML here, and compresses about 1000:1
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> readAll(bomb, FormatOptions.defaults())).isInstanceOf(InputFileException.class)
                .hasMessage("bom.xlsx: sheet 'Data' would expand to more than 100 times its compressed size, which is"
                        + " how a zip bomb looks, so it was not read. If the file is genuine, open it in Excel and save"
                        + " it as CSV, or save it again as .xlsx");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("arsip.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("data.csv"));
            out.write("NIK\n1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> readAll(file, FormatOptions.defaults())).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("arsip.xlsx: the workbook cannot be read as XLSX (")
                .hasMessageEndingWith("): open it in Excel and save it again as .xlsx, or save it as CSV");
    }

    @Test
    void streamsALargeSheetAndStopsItsThreadWhenClosedEarly() throws IOException {
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("NIK");
            header.createCell(1).setCellValue("NAMA");
            for (int i = 0; i < 5_000; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(String.format("62030152038%05d", i));
                row.createCell(1).setCellValue("NAMA " + i);
            }
            book.write(out);
        }
        List<SourceRow> rows = readAll(file, FormatOptions.defaults());
        assertThat(rows).hasSize(5_000);
        assertThat(rows.get(4_999).value(1)).isEqualTo("NAMA 4999");
        assertThat(rows.get(4_999).line()).isEqualTo(5_001);

        XlsxRowSource source = (XlsxRowSource) RowSources.open(file, FormatOptions.defaults());
        Iterator<SourceRow> iterator = source.iterator();
        assertThat(iterator.next().value(1)).isEqualTo("NAMA 0");
        source.close();
        assertThat(source.readerThreadDone()).isTrue();
    }

    @Test
    void readsAWorkbookWhateverItsExtensionWhenTheJobFileSaysXlsx() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            file = book.sheet("Data").row(1, "NIK").row(2, "1").save(dir.resolve("export.dat"));
        }
        assertThat(readAll(file, FormatOptions.defaults().withFormat("xlsx"))).hasSize(1);
        assertThat(readAll(file, FormatOptions.defaults())).as("by content").hasSize(1);
    }

    @Test
    void keyValueSheetGivesProgramConstants() throws IOException {
        Path file = openSidWorkbook();
        assertThat(XlsxKeyValueReader.read(file, "Program")).containsExactly(
                Map.entry("Nama Program", "PKH"),
                Map.entry("Sasaran Peserta", "Keluarga"),
                Map.entry("Rentang Waktu (Awal)", "01/01/2024"),
                Map.entry("Rentang Waktu (Akhir)", "31/03/2024"));
        assertThatThrownBy(() -> XlsxKeyValueReader.read(file, "Kegiatan"))
                .hasMessageContaining("has no sheet 'Kegiatan': its sheets are 'Program', 'Peserta'");
    }

    @Test
    void keyValueSheetDropsColonsAndKeepsTheFirstOfARepeatedKey() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            file = book.sheet("Program").row(1, "Nama Program :", null, "BPNT").row(2, null, "Keterangan:")
                    .row(3, "Nama Program", "PKH").save(dir.resolve("kv.xlsx"));
        }
        assertThat(XlsxKeyValueReader.read(file, null))
                .containsExactly(Map.entry("Nama Program", "BPNT"), Map.entry("Keterangan", ""));
    }

    @Test
    void theWorkbookFileIsNotModifiedByReading() throws IOException {
        Path file = openSidWorkbook();
        byte[] before = Files.readAllBytes(file);
        readAll(file, FormatOptions.defaults().withSheet("Peserta"));
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.readAllBytes()).isEqualTo(before);
        }
    }
}
