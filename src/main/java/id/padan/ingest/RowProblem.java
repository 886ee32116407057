package id.padan.ingest;

import java.util.Objects;

/**
 * Why one row cannot be loaded as it stands. The row is still returned by its {@link RowSource}, so the loader can
 * keep it in the rejects table with this reason instead of losing it.
 *
 * @param code    a stable identifier for counting and filtering, e.g. {@link #FIELD_COUNT}
 * @param column  the header of the column concerned, or null when the problem is the whole row
 * @param message a complete sentence for the data officer: which row, what is wrong, how to fix it
 */
public record RowProblem(String code, String column, String message) {
    /** The row has more or fewer fields than the header. */
    public static final String FIELD_COUNT = "field_count";
    /** A worksheet row has a value to the right of the last header column. */
    public static final String CELL_OUTSIDE_HEADER = "cell_outside_header";
    /** An ID (NIK, No. KK, NIP...) went through Excel as a number and lost digits. */
    public static final String EXCEL_NUMBER = "excel_number";

    public RowProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
