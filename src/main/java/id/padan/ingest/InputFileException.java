package id.padan.ingest;

import java.nio.file.Path;

/**
 * A problem with an input file that its owner can fix: wrong format, broken quoting, a header that cannot be mapped.
 * The message is meant for the data officer as it stands (file name, where, what to do), so callers print
 * {@link #getMessage()} and never the stack trace.
 *
 * <p>Unchecked because it is thrown from inside {@link RowSource} iteration, which cannot declare checked exceptions.
 */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String sheet;
    private final long line;
    private final String column;
    private final String problem;

    private InputFileException(Path file, String sheet, long line, String column, String problem, Throwable cause) {
        super(fileName(file) + ": " + problem, cause);
        this.file = file;
        this.sheet = sheet;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole (format, encoding, header). */
    public static InputFileException forFile(Path file, String problem) {
        return new InputFileException(file, null, 0, null, problem, null);
    }

    /** As {@link #forFile(Path, String)}, keeping the low-level cause for logs (never shown to the user). */
    public static InputFileException forFile(Path file, String problem, Throwable cause) {
        return new InputFileException(file, null, 0, null, problem, cause);
    }

    /** A problem at a physical line of a text file; {@code problem} should name the line itself. */
    public static InputFileException atLine(Path file, long line, String problem) {
        return new InputFileException(file, null, line, null, problem, null);
    }

    /** A problem at a row of a worksheet; {@code problem} should name the sheet row itself. */
    public static InputFileException atSheetRow(Path file, String sheet, long row, String problem) {
        return new InputFileException(file, sheet, row, null, problem, null);
    }

    /** A problem with a column of the header, e.g. a job-file mapping that names a column the file lacks. */
    public static InputFileException atColumn(Path file, long headerLine, String column, String problem) {
        return new InputFileException(file, null, headerLine, column, problem, null);
    }

    /** The file, or null when the problem was found before a file was known. */
    public Path file() {
        return file;
    }

    /** The worksheet, or null for text files. */
    public String sheet() {
        return sheet;
    }

    /** 1-based physical line (text) or sheet row (XLSX); 0 when the problem is not tied to one. */
    public long line() {
        return line;
    }

    /** The header of the column concerned, or null. */
    public String column() {
        return column;
    }

    /** The message without the file name, for reports that show the file in a column of their own. */
    public String problem() {
        return problem;
    }

    private static String fileName(Path file) {
        if (file == null) {
            return "(no file)";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
