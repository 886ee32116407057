package id.padan.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.ss.util.CellReference;

/**
 * Rows of one worksheet, streamed. Cells come as the text Excel shows; blank rows are skipped and not counted; rows
 * above the header row are skipped; an end marker (OpenSID's {@code ###}) ends the data, so notes below it are not
 * read as rows.
 */
final class XlsxRowSource implements RowSource {
    private final Path file;
    private final FormatOptions options;
    private final XlsxWorkbook workbook;
    private final String sheet;
    private final SheetRowPump pump;
    private final List<String> header;
    private final long headerLine;
    private boolean iterated;

    XlsxRowSource(Path file, FormatOptions options) {
        this.file = file;
        this.workbook = XlsxWorkbook.open(file);
        SheetRowPump started = null;
        try {
            Layout known = options.sheet() == null ? layoutOfKnownSheet(workbook) : null;
            if (known != null) {
                options = options.withSheet(known.sheet());
                if (options.endMarker() == null) {
                    options = options.withEndMarker(known.endMarker());
                }
            }
            this.options = options;
            sheet = workbook.resolveSheet(options.sheet());
            started = new SheetRowPump(workbook, sheet, file);
            pump = started;
            SheetRow headerRow = readHeaderRow();
            headerLine = headerRow.number();
            header = headerOf(headerRow.values());
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            workbook.close();
            throw e;
        }
    }

    /**
     * The layout whose sheet (OpenSID's {@code Peserta}) the workbook has, when the job names no sheet: such a
     * workbook keeps other sheets first ({@code Program}), so its first sheet is not the data.
     */
    private static Layout layoutOfKnownSheet(XlsxWorkbook workbook) {
        for (Layout layout : LayoutCatalog.builtIn().all()) {
            if (layout.sheet() != null && workbook.sheetNames().contains(layout.sheet())) {
                return layout;
            }
        }
        return null;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    /** The sheet being read, as named in the workbook. */
    String sheet() {
        return sheet;
    }

    @Override
    public String describeFormat() {
        String text = "XLSX sheet '" + sheet + "', header row " + headerLine;
        return options.endMarker() == null ? text : text + ", data ends at '" + options.endMarker() + "'";
    }

    @Override
    public String lineLabel(long line) {
        return "sheet row " + line;
    }

    @Override
    public Iterator<SourceRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of " + file.getFileName() + " can be read only once");
        }
        iterated = true;
        return new Iterator<>() {
            private SourceRow next;
            private long dataRow;
            private boolean finished;

            @Override
            public boolean hasNext() {
                if (next == null && !finished) {
                    next = fetch();
                    finished = next == null;
                }
                return next != null;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = next;
                next = null;
                return row;
            }

            private SourceRow fetch() {
                SheetRow row;
                do {
                    row = pump.next();
                } while (row != null && row.blank());
                if (row == null || isEndMarker(row)) {
                    return null;
                }
                dataRow++;
                return toRow(dataRow, row);
            }
        };
    }

    @Override
    public void close() {
        pump.close();
        workbook.close();
    }

    /** For tests: whether the parsing thread has stopped. */
    boolean readerThreadDone() {
        return pump.threadDone();
    }

    private SheetRow readHeaderRow() {
        Integer wanted = options.headerRow();
        SheetRow row;
        do {
            row = pump.next();
            if (row == null) {
                throw InputFileException.forFile(file, wanted == null
                        ? "sheet '" + sheet + "' is empty: check sheet: in the job file"
                        : "sheet '" + sheet + "' has nothing on or below row " + wanted + ", the header row: check"
                                + " headerRow in the job file");
            }
        } while (wanted == null ? row.blank() : row.number() < wanted);
        if (wanted != null && (row.number() != wanted || row.blank())) {
            throw InputFileException.atSheetRow(file, sheet, wanted, "sheet '" + sheet + "' row " + wanted + ", set"
                    + " as the header row, is empty: check headerRow in the job file");
        }
        return row;
    }

    private static List<String> headerOf(String[] values) {
        int width = values.length;
        while (width > 1 && values[width - 1].isEmpty()) {
            width--;
        }
        return List.of(Arrays.copyOf(values, width));
    }

    private boolean isEndMarker(SheetRow row) {
        return options.endMarker() != null && row.firstValue().equalsIgnoreCase(options.endMarker().trim());
    }

    private SourceRow toRow(long dataRow, SheetRow row) {
        int width = header.size();
        String[] cells = row.values();
        String[] values = Arrays.copyOf(cells, width);
        for (int i = cells.length; i < width; i++) {
            values[i] = "";
        }
        BitSet numeric = row.numeric().get(0, width);
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                String column = CellReference.convertNumToColString(i);
                String message = "row " + dataRow + " (sheet row " + row.number() + ") has "
                        + FieldText.quoteForMessage(cells[i]) + " in column " + column + ", right of the last header"
                        + " column " + CellReference.convertNumToColString(width - 1) + ": give the column a header,"
                        + " or clear the cell";
                return new SourceRow(dataRow, row.number(), cells, row.numeric(),
                        new RowProblem(RowProblem.CELL_OUTSIDE_HEADER, column, message));
            }
        }
        return new SourceRow(dataRow, row.number(), values, numeric, null);
    }
}
