package id.padan.worklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as lines of text, cell by cell with each cell's type and its data format, plus what decides how the
 * sheets print: the golden-file test compares these lines.
 */
final class WorkbookDump {
    private WorkbookDump() {
    }

    static List<String> of(Path xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                lines.add("== sheet " + sheet.getSheetName());
                lines.add("print: landscape=" + sheet.getPrintSetup().getLandscape()
                        + " paper=" + sheet.getPrintSetup().getPaperSize()
                        + " fitToPage=" + sheet.getFitToPage()
                        + " fitWidth=" + sheet.getPrintSetup().getFitWidth()
                        + " fitHeight=" + sheet.getPrintSetup().getFitHeight()
                        + " repeatingRows=" + range(sheet.getRepeatingRows())
                        + " footer=[" + sheet.getFooter().getLeft() + "|" + sheet.getFooter().getCenter() + "|"
                        + sheet.getFooter().getRight() + "]");
                lines.add("freeze: " + (sheet.getPaneInformation() == null ? "none"
                        : "columns " + sheet.getPaneInformation().getVerticalSplitLeftColumn()
                                + " rows " + sheet.getPaneInformation().getHorizontalSplitTopRow()));
                List<String> hidden = new ArrayList<>();
                for (int col = 0; col < 40; col++) {
                    if (sheet.isColumnHidden(col)) {
                        hidden.add(CellAddress.A1.toString().isEmpty() ? "" : new CellAddress(0, col).formatAsString()
                                .replaceAll("\\d", ""));
                    }
                }
                lines.add("hidden columns: " + hidden);
                for (DataValidation v : sheet.getDataValidations()) {
                    lines.add("validation: " + List.of(v.getRegions().getCellRangeAddresses()).stream()
                            .map(CellRangeAddress::formatAsString).toList()
                            + " list=" + List.of(v.getValidationConstraint().getExplicitListValues())
                            + " errorBox=" + v.getShowErrorBox() + " style=" + v.getErrorStyle());
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case STRING -> cell.getStringCellValue().replace("\t", "\\t").replace("\r", "\\r")
                                    .replace("\n", "\\n");
                            case NUMERIC -> Double.toString(cell.getNumericCellValue());
                            case BLANK -> "";
                            default -> cell.getCellType() + "?";
                        };
                        lines.add(cell.getAddress().formatAsString() + "\t" + cell.getCellType() + "\t"
                                + cell.getCellStyle().getDataFormatString() + "\t" + value);
                    }
                }
            }
        }
        return lines;
    }

    private static String range(CellRangeAddress r) {
        return r == null ? "none" : r.formatAsString();
    }
}
