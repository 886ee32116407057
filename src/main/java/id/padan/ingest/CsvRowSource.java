package id.padan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a delimited text file, read with Commons CSV: quoted fields may hold delimiters, doubled quotes and line
 * breaks. Blank lines (also lines of bare delimiters, Excel's empty rows) are skipped and not counted as rows.
 *
 * <p>Commons CSV is told to keep empty lines so that every physical line passes through here; that is what makes
 * the line numbers in messages exact, even after quoted line breaks and blank lines.
 */
final class CsvRowSource implements RowSource {
    private static final Pattern COMMONS_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private final Path file;
    private final TextFormat format;
    private final FormatOptions options;
    private final LineLengthGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    /** The physical line where the next record starts. */
    private long nextLine = 1;
    private boolean iterated;

    CsvRowSource(Path file, TextFormat format, FormatOptions options) {
        this.file = file;
        this.format = format;
        this.options = options;
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(format.bomLength());
            // Strict decoding: a wrong charset guess must surface as an error, never as mojibake in the warehouse.
            CharsetDecoder decoder = format.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            guard = new LineLengthGuard(new InputStreamReader(in, decoder), options.maxLineLength(),
                    format.charset());
            CSVFormat csv = CSVFormat.DEFAULT.builder()
                    .setDelimiter(format.delimiter())
                    .setQuote('"')
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            parser = CSVParser.builder().setReader(guard).setFormat(csv).get();
        } catch (IOException e) {
            closeQuietly(in);
            throw InputFileException.forFile(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        records = parser.iterator();
        try {
            Record first = readHeaderRecord();
            headerLine = first.line;
            header = headerOf(first.values);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
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

    @Override
    public String describeFormat() {
        StringBuilder text = new StringBuilder(format.describe());
        if (headerLine != 1) {
            text.append(", header on line ").append(headerLine);
        }
        if (options.endMarker() != null) {
            text.append(", data ends at '").append(options.endMarker()).append("'");
        }
        return text.toString();
    }

    @Override
    public String lineLabel(long line) {
        return "line " + line;
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
                Record record;
                do {
                    record = nextRecord();
                } while (record != null && record.blank());
                if (record == null || isEndMarker(record.values)) {
                    return null;
                }
                dataRow++;
                return toRow(dataRow, record);
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Nothing was written, so nothing can be lost; a failing close must not hide the real outcome.
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Already failing with a better message.
            }
        }
    }

    private Record readHeaderRecord() {
        Integer wanted = options.headerRow();
        Record record;
        do {
            record = nextRecord();
            if (record == null) {
                throw InputFileException.forFile(file, wanted == null
                        ? "the file has no header line"
                        : "the header is set to line " + wanted + ", but the file has no data from there on:"
                                + " check headerRow in the job file");
            }
        } while (wanted == null ? record.blank() : record.line < wanted);
        if (record.blank()) {
            throw InputFileException.atLine(file, record.line, "line " + record.line + ", set as the header line,"
                    + " is blank: check headerRow in the job file");
        }
        return record;
    }

    private static List<String> headerOf(String[] values) {
        int width = values.length;
        // Excel writes empty header cells for columns that were merely formatted; they hold no data.
        while (width > 1 && values[width - 1].isEmpty()) {
            width--;
        }
        return List.of(Arrays.copyOf(values, width));
    }

    private SourceRow toRow(long dataRow, Record record) {
        String[] values = record.values;
        int width = header.size();
        if (values.length > width && allBlankFrom(values, width)) {
            values = Arrays.copyOf(values, width);
        }
        if (values.length == width) {
            return new SourceRow(dataRow, record.line, values, null);
        }
        String delimiter = FormatOptions.describeDelimiter(format.delimiter());
        String hint = values.length > width
                ? "check for an unquoted " + delimiter + " inside a field (quote that field)"
                : "check for a missing " + delimiter + " or a line break inside an unquoted field";
        String message = "row " + dataRow + " (line " + record.line + ") has " + values.length + " fields, the header"
                + " has " + width + ": " + hint;
        return new SourceRow(dataRow, record.line, values, new RowProblem(RowProblem.FIELD_COUNT, null, message));
    }

    private static boolean allBlankFrom(String[] values, int from) {
        for (int i = from; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean isEndMarker(String[] values) {
        if (options.endMarker() == null) {
            return false;
        }
        for (String value : values) {
            if (!value.isEmpty()) {
                return value.equalsIgnoreCase(options.endMarker().trim());
            }
        }
        return false;
    }

    /** The next record with its trimmed values and start line, or null at the end of the file. */
    private Record nextRecord() {
        long line = nextLine;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), line);
        }
        guard.recordDone();
        String[] values = new String[record.size()];
        long lineBreaks = 0;
        boolean blank = true;
        for (int i = 0; i < values.length; i++) {
            String raw = record.get(i);
            lineBreaks += lineBreaks(raw);
            values[i] = FieldText.trim(raw);
            blank &= values[i].isEmpty();
        }
        nextLine = line + 1 + lineBreaks;
        return new Record(line, values, blank);
    }

    private static long lineBreaks(String value) {
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private InputFileException translate(IOException cause, long recordLine) {
        String limit = LineLengthGuard.describeSize(options.maxLineLength());
        if (cause instanceof LineLengthGuard.LimitExceeded exceeded) {
            if (!exceeded.wholeRecord()) {
                return InputFileException.atLine(file, exceeded.line(), "line " + exceeded.line() + " is longer than "
                        + limit + ": this is not a delimited text file, or it has an unclosed quote");
            }
            return InputFileException.atLine(file, recordLine, "the record that starts on line " + recordLine
                    + " runs on to line " + exceeded.line() + " and over " + limit + ": a quote in it is probably"
                    + " never closed; close it, or write a quote that belongs to the text as \"\"");
        }
        if (cause instanceof CharacterCodingException) {
            return decodingError(cause);
        }
        if (cause instanceof CSVException) {
            String message = String.valueOf(cause.getMessage());
            long line = lineIn(message).orElse(recordLine);
            if (message.contains("EOF reached before encapsulated token finished")) {
                return InputFileException.atLine(file, line, "line " + line + " opens a quoted field that is never"
                        + " closed (the file ends inside the quotes): close the quote, or write a quote that belongs"
                        + " to the text as \"\"");
            }
            if (message.contains("Invalid character between encapsulated token and delimiter")) {
                return InputFileException.atLine(file, line, "line " + line + " has text after the closing quote of"
                        + " a quoted field, before the next " + FormatOptions.describeDelimiter(format.delimiter())
                        + " (like \"ABC\"DEF): quote the whole field and write quotes inside it as \"\"");
            }
            return InputFileException.atLine(file, line, "line " + line + " cannot be parsed as CSV: " + message);
        }
        return InputFileException.forFile(file, "cannot be read after line " + (recordLine - 1) + " ("
                + cause.getMessage() + ")", cause);
    }

    private InputFileException decodingError(IOException cause) {
        String charset = format.charset().displayName(Locale.ROOT);
        Optional<DecodingErrorLocator.Location> location;
        try {
            location = DecodingErrorLocator.locate(file, format.bomLength(), format.charset());
        } catch (IOException e) {
            location = Optional.empty();
        }
        String advice = format.charset().name().equals("UTF-8")
                ? "the file mixes encodings, or is Windows-1252 after all; set charset: windows-1252 in the job file"
                : "set the right charset: in the job file";
        if (location.isEmpty()) {
            return InputFileException.forFile(file, "has bytes that are not valid " + charset + ": " + advice, cause);
        }
        DecodingErrorLocator.Location at = location.get();
        return InputFileException.atLine(file, at.line(), "line " + at.line() + " has bytes that are not valid "
                + charset + " (" + at.bytes() + " at column " + at.column() + "): " + advice);
    }

    private static Optional<Long> lineIn(String commonsMessage) {
        Matcher matcher = COMMONS_LINE.matcher(commonsMessage);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private record Record(long line, String[] values, boolean blank) {
    }
}
