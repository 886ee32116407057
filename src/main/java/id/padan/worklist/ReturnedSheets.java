package id.padan.worklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A worklist as it comes back from the field: an XLSX (any sheet with an {@code ID KASUS} header; the summary has
 * none) or a CSV twin, possibly re-saved by Excel with {@code ;} and without a BOM. Columns are found by their
 * header, so re-sorted rows and hidden or moved columns read the same.
 */
final class ReturnedSheets {
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    /** One data row: its 1-based row number as the spreadsheet shows it, and its cells by column. */
    record Line(int row, Map<Column, String> cells) {
        String get(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    record Sheet(String name, List<Column> columns, List<Line> lines) {
    }

    private ReturnedSheets() {
    }

    static List<Sheet> read(Path file) throws IOException, ReturnedSheetsException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        List<Sheet> sheets = zip ? xlsx(file) : List.of(csv(file));
        if (sheets.stream().allMatch(s -> s.columns().isEmpty())) {
            throw new ReturnedSheetsException(file + ": no sheet with an 'ID KASUS' header in its first " + HEADER_SEARCH_ROWS
                    + " rows; import the worklist padan wrote (XLSX or its CSV twin), with its header row kept");
        }
        return sheets.stream().filter(s -> !s.columns().isEmpty()).toList();
    }

    private static List<Sheet> xlsx(Path file) throws IOException, ReturnedSheetsException {
        List<Sheet> out = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                out.add(xlsxSheet(sheet, formatter));
            }
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.InvalidOperationException
                | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ReturnedSheetsException(file + ": not a readable XLSX workbook (" + e.getMessage() + "); save it again as"
                    + " Excel Workbook (.xlsx) or import its CSV twin");
        }
        return out;
    }

    private static Sheet xlsxSheet(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        Map<Integer, Column> byIndex = null;
        int headerRow = -1;
        for (Row row : sheet) {
            if (row.getRowNum() >= HEADER_SEARCH_ROWS) {
                break;
            }
            Map<Integer, Column> found = new java.util.TreeMap<>();
            for (Cell cell : row) {
                Column.byHeader(formatter.formatCellValue(cell)).ifPresent(c -> found.put(cell.getColumnIndex(), c));
            }
            if (found.containsValue(Column.ID_KASUS)) {
                byIndex = found;
                headerRow = row.getRowNum();
                break;
            }
        }
        if (byIndex == null) {
            return new Sheet(sheet.getSheetName(), List.of(), List.of());
        }
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (Map.Entry<Integer, Column> e : byIndex.entrySet()) {
                Cell cell = row.getCell(e.getKey());
                cells.put(e.getValue(), cell == null ? "" : text(cell, formatter));
            }
            lines.add(new Line(row.getRowNum() + 1, cells));
        }
        return new Sheet(sheet.getSheetName(), List.copyOf(byIndex.values()), lines);
    }

    /** A date cell becomes dd-mm-yyyy whatever the TKSK's locale showed; other cells the text a person sees. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY_MONTH_YEAR);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static Sheet csv(Path file) throws IOException, ReturnedSheetsException {
        String content = decode(Files.readAllBytes(file));
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        int firstLineEnd = content.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        String name = file.getFileName().toString();
        try (Reader reader = new StringReader(content);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            Map<Integer, Column> byIndex = null;
            List<Line> lines = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                if (byIndex == null) {
                    if (row > HEADER_SEARCH_ROWS) {
                        break;
                    }
                    Map<Integer, Column> found = new java.util.TreeMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        int index = i;
                        Column.byHeader(record.get(i)).ifPresent(c -> found.put(index, c));
                    }
                    if (found.containsValue(Column.ID_KASUS)) {
                        byIndex = found;
                    }
                    continue;
                }
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (Map.Entry<Integer, Column> e : byIndex.entrySet()) {
                    cells.put(e.getValue(), e.getKey() < record.size() ? record.get(e.getKey()) : "");
                }
                lines.add(new Line(row, cells));
            }
            return byIndex == null ? new Sheet(name, List.of(), List.of())
                    : new Sheet(name, List.copyOf(byIndex.values()), lines);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new ReturnedSheetsException(file + ": not a readable CSV file (" + e.getMessage() + "); import the XLSX instead");
        }
    }

    /** UTF-8 as padan wrote it; Windows-1252 when Excel re-saved it in the Indonesian locale. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
