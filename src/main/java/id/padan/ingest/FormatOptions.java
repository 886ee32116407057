package id.padan.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * How to read a file, as far as the job file says; every null means "detect it". Invalid values throw
 * {@link IllegalArgumentException} with a message fit for job-file validation.
 *
 * @param format        {@code csv}, {@code xlsx} or {@code auto} (null means auto)
 * @param charset       text files only; null detects UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252
 * @param delimiter     text files only; null detects one of {@code | ; , TAB}
 * @param sheet         workbooks only; a sheet name or its 1-based position as text; null takes the first sheet
 * @param headerRow     1-based line (text) or sheet row (XLSX) of the header; rows above it are skipped. Null takes
 *                      the first non-blank row
 * @param endMarker     data ends before the first row whose first non-blank value is this text (e.g. {@code ###});
 *                      null reads to the end
 * @param maxLineLength the longest physical line, and the longest record, accepted in a text file, in bytes; null
 *                      means 1 MiB. Protects memory from files that are not text or have an unclosed quote
 */
public record FormatOptions(String format, Charset charset, Character delimiter, String sheet, Integer headerRow,
        String endMarker, Long maxLineLength) {
    public static final String AUTO = "auto";
    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";
    public static final long DEFAULT_MAX_LINE_LENGTH = 1L << 20;

    private static final Set<String> FORMATS = Set.of(AUTO, CSV, XLSX);
    private static final FormatOptions DEFAULTS = new FormatOptions(null, null, null, null, null, null, null);

    public FormatOptions {
        format = format == null || format.isBlank() ? AUTO : format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not known: use csv, xlsx or auto");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            throw new IllegalArgumentException("delimiter " + describeDelimiter(delimiter)
                    + " cannot separate fields: use '|', ';', ',' or tab");
        }
        if (sheet != null && sheet.isBlank()) {
            sheet = null;
        }
        if (headerRow != null && headerRow < 1) {
            throw new IllegalArgumentException("headerRow " + headerRow + " is not a row: rows count from 1");
        }
        if (endMarker != null && endMarker.isBlank()) {
            endMarker = null;
        }
        if (maxLineLength == null) {
            maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        } else if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be a positive number of bytes");
        }
    }

    /** Detect everything. */
    public static FormatOptions defaults() {
        return DEFAULTS;
    }

    public FormatOptions withFormat(String newFormat) {
        return new FormatOptions(newFormat, charset, delimiter, sheet, headerRow, endMarker, maxLineLength);
    }

    public FormatOptions withCharset(Charset newCharset) {
        return new FormatOptions(format, newCharset, delimiter, sheet, headerRow, endMarker, maxLineLength);
    }

    public FormatOptions withDelimiter(Character newDelimiter) {
        return new FormatOptions(format, charset, newDelimiter, sheet, headerRow, endMarker, maxLineLength);
    }

    public FormatOptions withSheet(String newSheet) {
        return new FormatOptions(format, charset, delimiter, newSheet, headerRow, endMarker, maxLineLength);
    }

    public FormatOptions withHeaderRow(Integer newHeaderRow) {
        return new FormatOptions(format, charset, delimiter, sheet, newHeaderRow, endMarker, maxLineLength);
    }

    public FormatOptions withEndMarker(String newEndMarker) {
        return new FormatOptions(format, charset, delimiter, sheet, headerRow, newEndMarker, maxLineLength);
    }

    public FormatOptions withMaxLineLength(Long newMaxLineLength) {
        return new FormatOptions(format, charset, delimiter, sheet, headerRow, endMarker, newMaxLineLength);
    }

    /**
     * Reads a delimiter as written in a job file: one character, or {@code tab}, {@code \t}, {@code pipe},
     * {@code semicolon}, {@code comma}. Null or blank gives null (detect).
     */
    public static Character parseDelimiter(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "tab", "\\t", "\t":
                return '\t';
            case "pipe", "|":
                return '|';
            case "semicolon", ";":
                return ';';
            case "comma", ",":
                return ',';
            default:
                break;
        }
        if (text.length() == 1) {
            return text.charAt(0);
        }
        throw new IllegalArgumentException("delimiter '" + text + "' is not one character: write it as '|', ';', ','"
                + " or tab");
    }

    /**
     * Reads a charset as written in a job file. Accepts Java names and the names people use for Excel's default
     * in Indonesia: {@code ansi}, {@code cp1252}, {@code windows-1252}. Null or blank gives null (detect).
     */
    public static Charset parseCharset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.trim();
        if (name.equalsIgnoreCase("ansi")) {
            name = "windows-1252";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("charset '" + text + "' is not known: use UTF-8, windows-1252 or"
                    + " UTF-16LE", e);
        }
    }

    static String describeDelimiter(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> "'" + delimiter + "'";
        };
    }
}
