package id.padan.ingest;

import java.util.BitSet;

/**
 * One data row as read from a file, before mapping to canonical fields.
 *
 * <p>The array and bit set are handed over, not copied, because a source produces a million of these; treat them as
 * read-only.
 *
 * @param dataRow      1-based number of the data row, header and blank rows excluded: the {@code source_row} of
 *                     every later output
 * @param line         1-based physical line (text) or sheet row (XLSX) where the row starts, for messages
 * @param values       the fields as text, trimmed; for a row without problem exactly one per header column
 * @param numericCells which values came from numeric worksheet cells (always empty for text files), so that IDs
 *                     stored as numbers can be caught, see {@link ExcelNumberGuard}
 * @param problem      why the row cannot be loaded, or null if it can
 */
public record SourceRow(long dataRow, long line, String[] values, BitSet numericCells, RowProblem problem) {
    private static final BitSet NONE = new BitSet(0);

    public SourceRow {
        if (numericCells == null) {
            numericCells = NONE;
        }
    }

    /** A row from a text file, where no cell is numeric. */
    public SourceRow(long dataRow, long line, String[] values, RowProblem problem) {
        this(dataRow, line, values, NONE, problem);
    }

    public boolean ok() {
        return problem == null;
    }

    /** The value at a 0-based column, or "" when the row is shorter (only possible for rows with a problem). */
    public String value(int column) {
        return column >= 0 && column < values.length ? values[column] : "";
    }

    public boolean isNumeric(int column) {
        return numericCells.get(column);
    }

    /** This row with a problem attached; an existing problem is kept, since the first one found is the cause. */
    public SourceRow withProblem(RowProblem newProblem) {
        return problem != null ? this : new SourceRow(dataRow, line, values, numericCells, newProblem);
    }
}
