package id.padan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files: committed fixtures under {@code src/test/resources/ingest/}, and workbooks written with POI. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SourceRow> rows(RowSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEach(rows::add);
        return rows;
    }

    /** Builds a workbook cell by cell; a value of type Double becomes a numeric cell, anything else text. */
    static final class WorkbookBuilder implements AutoCloseable {
        final XSSFWorkbook workbook = new XSSFWorkbook();
        private Sheet sheet;

        WorkbookBuilder sheet(String name) {
            sheet = workbook.createSheet(name);
            return this;
        }

        /** Sets the cells of a 1-based sheet row; null leaves a cell out. */
        WorkbookBuilder row(int number, Object... values) {
            Row row = sheet.getRow(number - 1) == null ? sheet.createRow(number - 1) : sheet.getRow(number - 1);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Double numeric) {
                    cell.setCellValue(numeric);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(flag);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        /** A numeric cell with an Excel number format, e.g. a date serial with "m/d/yy". */
        WorkbookBuilder formatted(int rowNumber, int column, double value, String format) {
            Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            cell.setCellStyle(style);
            return this;
        }

        Path save(Path file) {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
