package id.padan.ingest;

import java.util.BitSet;

/**
 * One row of a worksheet as Excel displays it.
 *
 * @param number  the 1-based sheet row
 * @param values  displayed cell text, trimmed, indexed by 0-based column; as long as the row's last cell
 * @param numeric which columns held numeric cells
 */
record SheetRow(long number, String[] values, BitSet numeric) {
    boolean blank() {
        for (String value : values) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The first non-blank value, or "" for a blank row. */
    String firstValue() {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
