package id.padan.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one input file, streamed. The header has already been read when the source is open; iterating
 * yields data rows only, each with its problem if it has one. Problems with the file as a whole (encoding, an
 * unclosed quote, a line too long to be text) are thrown as {@link InputFileException}, also during iteration.
 *
 * <p>A source can be iterated once. Close it even when iteration stops early: an XLSX source holds a reader thread
 * and the open workbook.
 */
public interface RowSource extends AutoCloseable, Iterable<SourceRow> {
    Path file();

    /** The header as written in the file, trimmed, with blank trailing columns dropped. */
    List<String> header();

    /** 1-based physical line (text) or sheet row (XLSX) of the header. */
    long headerLine();

    /** How the file was read, for the imports table and messages, e.g. "CSV, delimiter '|', UTF-8 with BOM". */
    String describeFormat();

    /**
     * Where a row is, in the words used in messages: "line 18" for text files, "sheet row 18" for workbooks.
     */
    String lineLabel(long line);

    @Override
    Iterator<SourceRow> iterator();

    @Override
    void close();
}
