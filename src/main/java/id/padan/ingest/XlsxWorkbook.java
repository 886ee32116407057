package id.padan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook opened for streaming with POI's event API: sheets are parsed as XML, row by row, so a workbook
 * of a million rows never has a million rows in memory. POI's zip-bomb limits ({@code ZipSecureFile}) stay at their
 * defaults; a workbook that trips them is refused with an explanation, not read with the limits lowered.
 */
final class XlsxWorkbook implements AutoCloseable {
    /** Receives the rows of a sheet in order; returns false to stop reading. */
    interface RowHandler {
        boolean row(SheetRow row);
    }

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<String> sheetNames;

    private XlsxWorkbook(Path file, OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.file = file;
        this.pkg = pkg;
        reader = new XSSFReader(pkg);
        strings = new ReadOnlySharedStringsTable(pkg, false);
        styles = reader.getStylesTable();
        sheetNames = new ArrayList<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            sheets.next().close(); // the iterator opens each sheet; only the names are wanted here
            sheetNames.add(sheets.getSheetName());
        }
    }

    static XlsxWorkbook open(Path file) {
        refuseNonZip(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxWorkbook(file, pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI signals damaged packages with a zoo of unchecked exceptions; all mean the same to the user.
            if (pkg != null) {
                pkg.revert();
            }
            throw unreadable(file, null, e);
        }
    }

    List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    /**
     * The sheet a job file means: null for the first, a 1-based position written as digits, or a name (exact, else
     * ignoring case and surrounding spaces).
     */
    String resolveSheet(String wanted) {
        if (sheetNames.isEmpty()) {
            throw InputFileException.forFile(file, "the workbook has no sheets");
        }
        if (wanted == null) {
            return sheetNames.get(0);
        }
        String trimmed = wanted.trim();
        if (sheetNames.contains(wanted)) {
            return wanted;
        }
        for (String name : sheetNames) {
            if (name.trim().equalsIgnoreCase(trimmed)) {
                return name;
            }
        }
        if (trimmed.matches("\\d{1,4}")) {
            int position = Integer.parseInt(trimmed);
            if (position >= 1 && position <= sheetNames.size()) {
                return sheetNames.get(position - 1);
            }
            throw InputFileException.forFile(file, "has no sheet number " + position + ": it has "
                    + sheetNames.size() + " (" + listSheets() + "); set sheet: in the job file to a name or a number"
                    + " from 1 to " + sheetNames.size());
        }
        throw InputFileException.forFile(file, "has no sheet '" + wanted + "': its sheets are " + listSheets()
                + "; set sheet: in the job file to one of them");
    }

    private String listSheets() {
        return sheetNames.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    /** Streams the rows of a sheet (named as in {@link #sheetNames()}) to the handler, in sheet order. */
    void readSheet(String sheet, RowHandler handler) {
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheets.getSheetName().equals(sheet)) {
                        parse(in, handler);
                        return;
                    }
                }
            }
            throw new IllegalArgumentException("no sheet " + sheet);
        } catch (StopReading stop) {
            // The handler has what it wanted.
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw unreadable(file, sheet, e);
        }
    }

    private void parse(InputStream in, RowHandler handler) throws IOException, SAXException {
        RowCollector collector = new RowCollector(handler);
        CellTypeSpy spy = new CellTypeSpy(
                new XSSFSheetXMLHandler(styles, strings, collector, displayFormatter(), false));
        collector.spy = spy;
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser available", e);
        }
        xml.setContentHandler(spy);
        xml.parse(new InputSource(in));
    }

    /**
     * Formats cells as Excel shows them, except that Excel's built-in short date (format 14) follows the Windows
     * locale; an Indonesian office sees it as day/month/year, so it is rendered that way rather than as POI's
     * US-style m/d/yy. Numbers use '.' as decimal point whatever the JVM's locale.
     */
    static DataFormatter displayFormatter() {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.addFormat("m/d/yy", dateFormat("dd/MM/yyyy"));
        formatter.addFormat("m/d/yy h:mm", dateFormat("dd/MM/yyyy HH:mm"));
        return formatter;
    }

    private static SimpleDateFormat dateFormat(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ROOT);
        // POI converts serials to dates in this zone; formatting in the same zone keeps the day.
        format.setTimeZone(LocaleUtil.getUserTimeZone());
        return format;
    }

    @Override
    public void close() {
        pkg.revert(); // READ access: revert closes without ever writing to the user's file
    }

    private static void refuseNonZip(Path file) {
        Optional<FileSignature> signature;
        try {
            signature = FileSignature.of(file);
        } catch (IOException e) {
            throw InputFileException.forFile(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (signature.isPresent() && signature.get() == FileSignature.ZIP) {
            return;
        }
        if (signature.isPresent() && signature.get() == FileSignature.OLE2) {
            if (isEncryptedOoxml(file)) {
                throw InputFileException.forFile(file, "the workbook is protected with a password: open it in Excel,"
                        + " remove the password (File > Info > Protect Workbook) and save it again");
            }
            throw InputFileException.forFile(file, "this is an old Excel 97-2003 workbook (.xls), which padan does not"
                    + " read: open it in Excel and save it as .xlsx or CSV");
        }
        if (signature.isPresent()) {
            throw InputFileException.forFile(file, "this is " + signature.get().description() + ", not an XLSX"
                    + " workbook: " + signature.get().adviceForText());
        }
        throw InputFileException.forFile(file, "not an XLSX workbook (no ZIP signature): is it an old .xls or a CSV"
                + " with the wrong extension? For a CSV file, set format: csv in the job file or rename it to .csv");
    }

    /** Excel stores a password-protected .xlsx inside an OLE2 container, which looks just like an old .xls. */
    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InputFileException unreadable(Path file, String sheet, Throwable e) {
        String where = sheet == null ? "the workbook" : "sheet '" + sheet + "'";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected")) {
                return InputFileException.forFile(file, where + " would expand to more than 100 times its compressed"
                        + " size, which is how a zip bomb looks, so it was not read. If the file is genuine, open it in"
                        + " Excel and save it as CSV, or save it again as .xlsx", e);
            }
            if (message.contains("exceeds the max") || message.contains("max entry size")
                    || message.contains("MAX_ENTRY_SIZE")) {
                return InputFileException.forFile(file, where + " is larger than a workbook part may be (" + message
                        + "): save the data as CSV instead", e);
            }
        }
        return InputFileException.forFile(file, where + " cannot be read as XLSX (" + e.getMessage() + "): open it"
                + " in Excel and save it again as .xlsx, or save it as CSV", e);
    }

    /** Thrown through the SAX parser to stop reading a sheet early. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * Sits in front of POI's handler and notes, per cell, whether it is numeric and its stored value. POI passes
     * on only the formatted text, which for a 16-digit number is "3.27105E+15" and hides both facts.
     */
    private static final class CellTypeSpy extends DefaultHandler {
        private final DefaultHandler delegate;
        private boolean numeric;
        private boolean error;
        private boolean inValue;
        private final StringBuilder raw = new StringBuilder();

        CellTypeSpy(DefaultHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                String type = attributes.getValue("t");
                numeric = type == null || type.equals("n");
                error = "e".equals(type);
                raw.setLength(0);
            } else if ("v".equals(localName)) {
                inValue = true;
                raw.setLength(0);
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                raw.append(ch, start, length);
            }
            delegate.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("v".equals(localName)) {
                inValue = false;
            }
            delegate.endElement(uri, localName, qName);
        }
    }

    /** Turns POI's cell callbacks into {@link SheetRow}s. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private static final String POI_ERROR_PREFIX = "ERROR:";
        private final RowHandler handler;
        private CellTypeSpy spy;
        private String[] values = new String[32];
        private int width;
        private int nextColumn;
        private BitSet numeric = new BitSet();

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            width = 0;
            nextColumn = 0;
            numeric = new BitSet();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : columnIndex(cellReference);
            nextColumn = column + 1;
            if (column >= values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, column + 1));
            }
            for (int i = width; i < column; i++) {
                values[i] = "";
            }
            String text = FieldText.trim(formattedValue);
            if (spy.error && text.startsWith(POI_ERROR_PREFIX)) {
                text = text.substring(POI_ERROR_PREFIX.length()); // Excel shows #N/A, POI says ERROR:#N/A
            }
            if (spy.numeric && formattedValue != null) {
                numeric.set(column);
                text = expandScientific(text, spy.raw.toString());
            }
            values[column] = text;
            width = Math.max(width, column + 1);
        }

        @Override
        public void endRow(int rowNum) {
            if (!handler.row(new SheetRow(rowNum + 1L, Arrays.copyOf(values, width), numeric))) {
                throw new StopReading();
            }
        }

        /**
         * Excel shows whole numbers of 12 digits or more as "3.27105E+15"; the cell holds more digits than that
         * text, and they are what an ID column needs (and what shows whether Excel already cut the ID).
         */
        private static String expandScientific(String shown, String raw) {
            if (!(shown.contains("E+") || shown.contains("e+")) || raw.isEmpty()) {
                return shown;
            }
            try {
                BigDecimal number = new BigDecimal(raw.trim());
                if (number.stripTrailingZeros().scale() <= 0) {
                    return number.setScale(0).toPlainString();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // Not a plain number after all: keep what Excel shows.
            }
            return shown;
        }

        private static int columnIndex(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
