package id.padan.standardize;

import java.time.LocalDate;

/**
 * A date read from a cell.
 *
 * @param date    the date, or null
 * @param problem why there is no date although the cell was not blank, in Bahasa Indonesia; null otherwise
 */
public record ParsedDate(LocalDate date, String problem) {

    static final ParsedDate BLANK = new ParsedDate(null, null);

    static ParsedDate of(LocalDate date) {
        return new ParsedDate(date, null);
    }

    static ParsedDate invalid(String problem) {
        return new ParsedDate(null, problem);
    }

    public boolean isPresent() {
        return date != null;
    }
}
