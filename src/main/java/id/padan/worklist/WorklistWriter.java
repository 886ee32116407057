package id.padan.worklist;

import id.padan.job.JobDefinition;
import id.padan.job.Progress;
import id.padan.warehouse.OwnerOnlyFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the worklists of a run: per kecamatan one XLSX (a summary sheet, then one sheet per village with its cases
 * by priority), a CSV twin of every sheet and {@code worklist-all.csv}. The XLSX is written with POI's streaming
 * writer, whose row buffers go to an owner-only folder and are removed when the workbook is closed.
 */
public final class WorklistWriter {
    public static final String ALL_CSV = "worklist-all.csv";
    static final String SUMMARY_SHEET = "RINGKASAN";
    /** Rows above the header on a village sheet: title and subtitle. */
    static final int HEADER_ROW = 2;
    private static final int SUMMARY_HEADER_ROW = 5;
    private static final char BOM = '\uFEFF';
    /** The height of one line of the 9-point text of the data rows. */
    private static final float LINE_HEIGHT_POINTS = 11.5f;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final JobDefinition.Worklists options;
    private final String source;

    /**
     * @param options the job's worklist settings: TKSK names and NIK masking
     * @param source  where the cases come from, printed on every sheet, e.g. {@code job kapuas, run-0003}
     */
    public WorklistWriter(JobDefinition.Worklists options, String source) {
        this.options = options;
        this.source = source;
    }

    /** What was written. */
    /**
     * @param workbooks every workbook written, with its number of cases, in kecamatan order
     */
    public record Written(Map<Path, Integer> workbooks, int villageSheets, long rows, long keptHomeAsVerifiedActive) {
    }

    /** Reads the cases and writes every worklist into {@code dir}, replacing the files of an earlier attempt. */
    public Written write(Connection c, String casesTable, String personTable, Path dir) throws SQLException, IOException {
        return write(c, casesTable, personTable, dir, total -> Progress.none());
    }

    /**
     * @param progress makes the progress of the workbooks, given how many kecamatan there are
     */
    public Written write(Connection c, String casesTable, String personTable, Path dir,
            java.util.function.LongFunction<Progress> progress) throws SQLException, IOException {
        Map<String, List<WorklistCase>> byKecamatan = new LinkedHashMap<>();
        WorklistCase.each(c, casesTable, personTable,
                w -> byKecamatan.computeIfAbsent(w.kodeKecamatan() + "|" + w.kecamatan(), k -> new ArrayList<>()).add(w));
        OwnerOnlyFiles.createDirectories(dir);
        Path buffers = OwnerOnlyFiles.createDirectories(dir.resolve(".buffers"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(buffers.toFile()));
        Map<Path, Integer> workbooks = new LinkedHashMap<>();
        int sheets = 0;
        long rows = 0;
        try (Progress written = progress.apply(byKecamatan.size());
                Atomic all = new Atomic(dir.resolve(ALL_CSV));
                CSVPrinter allCsv = csv(all.temporary)) {
            List<String> header = new ArrayList<>(List.of("KECAMATAN", "DESA", "KODE WILAYAH"));
            for (Column column : Column.values()) {
                header.add(column.header);
            }
            allCsv.printRecord(header);
            for (List<WorklistCase> cases : byKecamatan.values()) {
                Kecamatan k = new Kecamatan(cases);
                workbooks.put(writeKecamatan(k, dir, allCsv), cases.size());
                sheets += k.villages.size();
                rows += cases.size();
                written.step(1);
            }
            allCsv.flush();
            all.commit();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            deleteQuietly(buffers);
        }
        return new Written(workbooks, sheets, rows, WorklistCase.verifiedActive(c, casesTable));
    }

    /** A kecamatan's cases split by village, in the order the query gave them (village, then priority). */
    private static final class Kecamatan {
        final String code;
        final String name;
        final Map<String, List<WorklistCase>> villages = new LinkedHashMap<>();

        Kecamatan(List<WorklistCase> cases) {
            code = cases.get(0).kodeKecamatan();
            name = cases.get(0).kecamatan();
            for (WorklistCase w : cases) {
                villages.computeIfAbsent(w.kodeWilayah() + "|" + w.desa(), k -> new ArrayList<>()).add(w);
            }
        }

        String fileStem() {
            return "worklist-" + (code.isEmpty() ? "" : code + "-") + slug(name);
        }
    }

    private Path writeKecamatan(Kecamatan k, Path dir, CSVPrinter allCsv) throws IOException {
        String tksk = options.tkskOf(k.code, k.name).orElse(null);
        Path target = dir.resolve(k.fileStem() + ".xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try (Atomic file = new Atomic(target)) {
            Styles styles = new Styles(wb);
            SXSSFSheet summary = wb.createSheet(SUMMARY_SHEET);
            Set<String> sheetNames = new HashSet<>(Set.of(SUMMARY_SHEET));
            for (Map.Entry<String, List<WorklistCase>> village : k.villages.entrySet()) {
                List<WorklistCase> cases = village.getValue();
                String sheetName = sheetName(cases.get(0).desa(), sheetNames);
                SXSSFSheet sheet = wb.createSheet(sheetName);
                Path twin = dir.resolve(k.fileStem() + "-" + (cases.get(0).kodeWilayah().isEmpty() ? ""
                        : cases.get(0).kodeWilayah() + "-") + slug(cases.get(0).desa()) + ".csv");
                writeVillage(sheet, styles, k, cases, tksk, twin, allCsv);
            }
            writeSummary(summary, styles, k, tksk, dir.resolve(k.fileStem() + "-" + slug(SUMMARY_SHEET) + ".csv"));
            try (OutputStream out = Files.newOutputStream(file.temporary)) {
                wb.write(out);
            }
            file.commit();
        } finally {
            wb.close();
        }
        return target;
    }

    private void writeVillage(SXSSFSheet sheet, Styles styles, Kecamatan k, List<WorklistCase> cases, String tksk,
            Path twin, CSVPrinter allCsv) throws IOException {
        WorklistCase first = cases.get(0);
        Column[] columns = Column.values();
        for (int i = 0; i < columns.length; i++) {
            sheet.setColumnWidth(i, columns[i].width * 256);
        }
        sheet.setColumnHidden(Column.CEK.ordinal(), true);
        text(sheet.createRow(0), 0, "DAFTAR VERIFIKASI LAPANGAN: DESA/KELURAHAN " + first.desa() + ", KECAMATAN "
                + k.name, styles.title);
        text(sheet.createRow(1), 0, "Kode wilayah " + dotted(first.kodeWilayah()) + "; TKSK: "
                + (tksk == null ? "...................." : tksk) + "; " + cases.size() + " kasus, urut menurut prioritas"
                + " (tertinggi lebih dulu); " + source + ". Isi kolom HASIL, TANGGAL KUNJUNGAN, CATATAN dan PETUGAS;"
                + " jangan ubah ID KASUS, NAMA, NIK, NO KK dan TANGGAL LAHIR (koreksi ditulis di CATATAN).", styles.plain);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.length; i++) {
            text(header, i, columns[i].header, styles.header);
        }
        try (Atomic file = new Atomic(twin); CSVPrinter csv = csv(file.temporary)) {
            csv.printRecord((Object[]) java.util.Arrays.stream(columns).map(col -> col.header).toArray(String[]::new));
            int number = 0;
            for (WorklistCase w : cases) {
                number++;
                Map<Column, String> cells = w.cells(number, options.fullNikOrDefault());
                Row row = sheet.createRow(HEADER_ROW + number);
                List<String> record = new ArrayList<>(columns.length);
                for (Column column : columns) {
                    String value = cells.get(column);
                    record.add(CellText.neutralize(value));
                    cell(row, column, value, styles);
                }
                row.setHeightInPoints(rowHeight(cells));
                csv.printRecord(record);
                List<String> allRecord = new ArrayList<>(List.of(CellText.neutralize(k.name),
                        CellText.neutralize(w.desa()), w.kodeWilayah()));
                allRecord.addAll(record);
                allCsv.printRecord(allRecord);
            }
            csv.flush();
            file.commit();
        }
        int lastData = HEADER_ROW + cases.size();
        resultValidation(sheet, HEADER_ROW + 1, lastData);
        signatures(sheet, styles, lastData + 2, first.desa(), k.name, tksk);
        sheet.createFreezePane(Column.NAMA.ordinal() + 1, HEADER_ROW + 1);
        printSetup(sheet, k.name + " / " + first.desa());
    }

    private static void cell(Row row, Column column, String value, Styles styles) {
        Cell cell = row.createCell(column.ordinal());
        switch (column.kind) {
            case NUMBER -> {
                cell.setCellStyle(column == Column.SKOR ? styles.score : styles.number);
                if (!value.isEmpty()) {
                    cell.setCellValue(new BigDecimal(value).doubleValue());
                }
            }
            case RESULT -> {
                cell.setCellStyle(column == Column.TANGGAL_KUNJUNGAN ? styles.dateEntry : styles.entry);
                if (!value.isEmpty()) {
                    cell.setCellValue(CellText.neutralize(value));
                }
            }
            default -> {
                cell.setCellStyle(styles.text);
                cell.setCellValue(CellText.neutralize(value));
            }
        }
    }

    /**
     * Spreadsheets do not grow a row to fit wrapped text when the file is printed unopened (LibreOffice's converter,
     * Excel's quick print), so the height is set from the text: the most lines any cell needs at its column width.
     */
    static float rowHeight(Map<Column, String> cells) {
        int lines = 1;
        for (Map.Entry<Column, String> e : cells.entrySet()) {
            if (e.getKey().kind == Column.Kind.HIDDEN || e.getKey().kind == Column.Kind.NUMBER) {
                continue;
            }
            // 9-point text fits about a fifth more characters than the width counts (it counts 11-point digits)
            int perLine = Math.max(1, e.getKey().width * 6 / 5 - 1);
            int needed = 0;
            for (String line : e.getValue().split("\n", -1)) {
                needed += Math.max(1, (line.length() + perLine - 1) / perLine);
            }
            lines = Math.max(lines, needed);
        }
        return LINE_HEIGHT_POINTS * lines + 2;
    }

    private static void resultValidation(Sheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createExplicitListConstraint(Hasil.labels());
        DataValidation validation = helper.createValidation(list,
                new CellRangeAddressList(firstRow, lastRow, Column.HASIL.ordinal(), Column.HASIL.ordinal()));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("HASIL tidak dikenal", "Pilih salah satu: " + Hasil.allowed());
        validation.setShowPromptBox(true);
        validation.createPromptBox("HASIL", "Pilih hasil kunjungan dari daftar");
        sheet.addValidationData(validation);
    }

    private static void signatures(Sheet sheet, Styles styles, int at, String desa, String kecamatan, String tksk) {
        int left = Column.NAMA.ordinal();
        int right = Column.DTKS.ordinal();
        Row r0 = sheet.createRow(at);
        text(r0, left, "Mengetahui,", styles.plain);
        text(r0, right, "Tanggal: ............................", styles.plain);
        Row r1 = sheet.createRow(at + 1);
        text(r1, left, "Kepala Desa/Lurah " + desa, styles.plain);
        text(r1, right, "TKSK Kecamatan " + kecamatan, styles.plain);
        Row r5 = sheet.createRow(at + 5);
        text(r5, left, "(....................................)", styles.plain);
        text(r5, right, "(" + (tksk == null ? "...................................." : tksk) + ")", styles.plain);
    }

    private static void printSetup(Sheet sheet, String footerLeft) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setLeft(footerLeft.replace("&", "&&"));
        sheet.getFooter().setCenter("Halaman &P dari &N");
    }

    private void writeSummary(SXSSFSheet sheet, Styles styles, Kecamatan k, String tksk, Path twin) throws IOException {
        Map<String, Integer> flagTotals = new TreeMap<>((a, b) -> FlagLabel.rank(a) != FlagLabel.rank(b)
                ? Integer.compare(FlagLabel.rank(a), FlagLabel.rank(b)) : a.compareTo(b));
        for (List<WorklistCase> cases : k.villages.values()) {
            cases.forEach(w -> flagTotals.merge(w.flag(), 1, Integer::sum));
        }
        List<String> flags = new ArrayList<>(flagTotals.keySet());
        List<String> header = new ArrayList<>(List.of("NO", "DESA/KELURAHAN", "KODE WILAYAH", "JUMLAH KASUS",
                "PRIORITAS TERTINGGI"));
        flags.forEach(f -> header.add(FlagLabel.of(f).toUpperCase(Locale.ROOT)));
        for (int i = 0; i < header.size(); i++) {
            sheet.setColumnWidth(i, (i == 1 ? 28 : i < 5 ? 14 : 16) * 256);
        }
        text(sheet.createRow(0), 0, "DAFTAR VERIFIKASI LAPANGAN PENERIMA BANTUAN SOSIAL", styles.title);
        text(sheet.createRow(1), 0, "Kecamatan: " + k.name + (k.code.isEmpty() ? "" : " (kode " + dotted(k.code) + ")"),
                styles.plain);
        text(sheet.createRow(2), 0, "TKSK: " + (tksk == null ? "...................." : tksk), styles.plain);
        text(sheet.createRow(3), 0, "Sumber: " + source + ". Satu lembar per desa/kelurahan; kasus urut menurut"
                + " prioritas (tertinggi lebih dulu).", styles.plain);
        Row head = sheet.createRow(SUMMARY_HEADER_ROW);
        head.setHeightInPoints(30);
        for (int i = 0; i < header.size(); i++) {
            text(head, i, header.get(i), styles.header);
        }
        int r = SUMMARY_HEADER_ROW;
        int number = 0;
        try (Atomic file = new Atomic(twin); CSVPrinter csv = csv(file.temporary)) {
            csv.printRecord(header);
            for (List<WorklistCase> cases : k.villages.values()) {
                number++;
                Map<String, Integer> perFlag = new LinkedHashMap<>();
                cases.forEach(w -> perFlag.merge(w.flag(), 1, Integer::sum));
                List<String> values = new ArrayList<>(List.of(Integer.toString(number), cases.get(0).desa(),
                        dotted(cases.get(0).kodeWilayah()), Integer.toString(cases.size()),
                        Integer.toString(cases.stream().mapToInt(WorklistCase::priority).max().orElse(0))));
                flags.forEach(f -> values.add(Integer.toString(perFlag.getOrDefault(f, 0))));
                summaryRow(sheet.createRow(++r), values, styles, styles.text);
                csv.printRecord(values.stream().map(CellText::neutralize).toList());
            }
            List<String> total = new ArrayList<>(List.of("", "JUMLAH", "",
                    Integer.toString(flagTotals.values().stream().mapToInt(Integer::intValue).sum()), ""));
            flags.forEach(f -> total.add(Integer.toString(flagTotals.get(f))));
            summaryRow(sheet.createRow(++r), total, styles, styles.header);
            csv.printRecord(total);
            csv.flush();
            file.commit();
        }
        r += 2;
        text(sheet.createRow(r), 0, "PETUNJUK PENGISIAN KOLOM HASIL", styles.bold);
        for (Hasil h : Hasil.values()) {
            Row row = sheet.createRow(++r);
            text(row, 1, h.label(), styles.plain);
            text(row, 2, h.meaning(), styles.plain);
        }
        r += 2;
        text(sheet.createRow(r), 0, options.fullNikOrDefault()
                ? "NIK ditampilkan lengkap atas permintaan Dinas. Jaga kerahasiaan data pribadi (UU 27/2022)."
                : "NIK ditampilkan tersamar (6 digit awal, ******, 4 digit akhir) untuk melindungi data pribadi"
                        + " (UU 27/2022).", styles.plain);
        text(sheet.createRow(r + 1), 0, "Tanggal kunjungan ditulis dd-mm-yyyy. Koreksi nama, NIK, KK atau tanggal"
                + " lahir ditulis di CATATAN, bukan di kolomnya.", styles.plain);
        sheet.createFreezePane(0, SUMMARY_HEADER_ROW + 1);
        printSetup(sheet, k.name + " / " + SUMMARY_SHEET);
        sheet.setRepeatingRows(new CellRangeAddress(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW, -1, -1));
    }

    private static void summaryRow(Row row, List<String> values, Styles styles, CellStyle textStyle) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Cell cell = row.createCell(i);
            if ((i == 0 || i >= 3) && !v.isEmpty()) {
                cell.setCellStyle(textStyle == styles.header ? styles.header : styles.number);
                cell.setCellValue(Integer.parseInt(v));
            } else {
                cell.setCellStyle(textStyle);
                cell.setCellValue(CellText.neutralize(v));
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(CellText.neutralize(value));
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique within the workbook. */
    static String sheetName(String desa, Set<String> taken) {
        String base = desa.replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").trim();
        if (base.isEmpty()) {
            base = "DESA";
        }
        base = base.length() > 31 ? base.substring(0, 31).trim() : base;
        String name = base;
        for (int n = 2; !taken.add(name.toUpperCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }

    static String slug(String text) {
        String s = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "X" : s;
    }

    /** {@code 6203012001} as people write it: {@code 62.03.01.2001}. */
    static String dotted(String code) {
        if (code == null || code.length() < 6 || !code.chars().allMatch(Character::isDigit)) {
            return code == null ? "" : code;
        }
        String s = code.substring(0, 2) + "." + code.substring(2, 4) + "." + code.substring(4, 6);
        return code.length() > 6 ? s + "." + code.substring(6) : s;
    }

    private static CSVPrinter csv(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, CSV);
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A file written beside its target, owner-only from the start, and moved into place only when complete. */
    private static final class Atomic implements AutoCloseable {
        final Path target;
        final Path temporary;
        private boolean committed;

        Atomic(Path target) throws IOException {
            this.target = target;
            this.temporary = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
            OwnerOnlyFiles.restrict(temporary);
        }

        void commit() throws IOException {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle score;
        final CellStyle entry;
        final CellStyle dateEntry;

        Styles(SXSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            Font small = wb.createFont();
            small.setFontHeightInPoints((short) 9);
            Font smallBold = wb.createFont();
            smallBold.setFontHeightInPoints((short) 9);
            smallBold.setBold(true);
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            plain = wb.createCellStyle();
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            header = boxed(wb, smallBold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = boxed(wb, small);
            text.setWrapText(true);
            text.setDataFormat(textFormat);
            number = boxed(wb, small);
            number.setDataFormat(wb.createDataFormat().getFormat("0"));
            score = boxed(wb, small);
            score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            entry = boxed(wb, small);
            entry.setWrapText(true);
            entry.setDataFormat(textFormat);
            entry.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            entry.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            dateEntry = boxed(wb, small);
            dateEntry.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            dateEntry.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            dateEntry.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle boxed(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
