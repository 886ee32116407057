package id.padan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Catches IDs that went through Excel as numbers. Excel keeps 15 significant digits, so a 16-digit NIK or No. KK
 * typed or pasted into a number cell has already lost its last digit ({@code 3271046504870000}), and an 18-digit
 * NIP three. The value is never "repaired": the true digits are gone.
 *
 * <p>A damaged NIK or No. KK does not stop the row: the person is still on the list, and a recipient whose NIK is
 * unusable is exactly what the verification must show (GHOST_INVALID_NIK). Such a value is loaded in scientific
 * notation, the form in which standardize recognizes and reports Excel's damage. A damaged value in another ID
 * column (NIP, ID DTKS, No. KIP) rejects the row with the reason.
 *
 * <p>Two signs are checked in ID columns: a numeric worksheet cell of 16 or more digits whose digits past the 15th
 * are all zero (a number written with every digit by another tool is intact and passes), and text in scientific
 * notation ({@code 3.27E+15}), which is what such a column turns into once saved as CSV.
 */
public final class ExcelNumberGuard {
    /** Canonical fields that hold long numeric IDs. */
    public static final List<String> ID_FIELDS = List.of("nik", "no_kk", "nip", "id_dtks", "no_kip", "nisn");
    /** ID fields whose damage standardize reports as a validity code instead of a rejected row. */
    static final List<String> FLAGGED_FIELDS = List.of("nik", "no_kk");

    private static final int EXCEL_DIGITS = 15;
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]([.,][0-9]+)?[eE]\\+?[0-9]+");

    private final RowSource source;
    private final int[] columns;
    private final String[] headers;
    private final boolean[] flaggedLater;

    public ExcelNumberGuard(HeaderMapping mapping, RowSource source) {
        this.source = source;
        List<Integer> found = new ArrayList<>();
        List<Boolean> flagged = new ArrayList<>();
        for (String field : ID_FIELDS) {
            if (mapping.kind().fields().contains(field) && mapping.columnOf(field) >= 0) {
                found.add(mapping.columnOf(field));
                flagged.add(FLAGGED_FIELDS.contains(field));
            }
        }
        columns = found.stream().mapToInt(Integer::intValue).toArray();
        headers = found.stream().map(column -> mapping.header().get(column)).toArray(String[]::new);
        flaggedLater = new boolean[flagged.size()];
        for (int i = 0; i < flaggedLater.length; i++) {
            flaggedLater[i] = flagged.get(i);
        }
    }

    /**
     * The row, with a problem attached if an ID column other than NIK or KK shows Excel's damage, and with a damaged
     * NIK or KK from a numeric cell written in scientific notation. Rows with a problem pass as they are.
     */
    public SourceRow check(SourceRow row) {
        if (!row.ok()) {
            return row;
        }
        for (int i = 0; i < columns.length; i++) {
            String value = row.value(columns[i]);
            String damage = damage(value, row.isNumeric(columns[i]));
            if (damage != null && flaggedLater[i]) {
                if (row.isNumeric(columns[i])) {
                    row.values()[columns[i]] = new java.math.BigDecimal(value).stripTrailingZeros().toString();
                }
            } else if (damage != null) {
                String message = "row " + row.dataRow() + " (" + source.lineLabel(row.line()) + "), column "
                        + headers[i] + ": " + damage;
                return row.withProblem(new RowProblem(RowProblem.EXCEL_NUMBER, headers[i], message));
            }
        }
        return row;
    }

    /** What Excel did to the value, or null if nothing. */
    static String damage(String value, boolean numericCell) {
        if (numericCell && value.length() > EXCEL_DIGITS && value.chars().allMatch(Character::isDigit)
                && value.substring(EXCEL_DIGITS).chars().allMatch(c -> c == '0')) {
            int lost = value.length() - EXCEL_DIGITS;
            return value + " was stored by Excel as a number and lost its last " + (lost == 1 ? "digit" : lost
                    + " digits") + " (Excel keeps 15 significant digits); re-export the column as text";
        }
        if (SCIENTIFIC.matcher(value).matches()) {
            return value + " is a number in Excel's scientific notation, so its last digits are lost; format the"
                    + " column as text in Excel and export again";
        }
        return null;
    }
}
