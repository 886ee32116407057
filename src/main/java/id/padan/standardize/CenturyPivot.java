package id.padan.standardize;

import java.time.LocalDate;

/**
 * Turns a day, a month and a two-digit year into a date: the most recent such date that is not after the reference
 * date. A NIK or KK cannot be issued in the future, and a person in a 2026 list with year 05 was born in 2005, with
 * year 87 in 1987.
 */
final class CenturyPivot {

    private CenturyPivot() {
    }

    /** The date, or null when no such date exists (31-02, 29-02 in a common year, month 13). */
    static LocalDate date(int day, int month, int twoDigitYear, LocalDate reference) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || twoDigitYear < 0 || twoDigitYear > 99) {
            return null;
        }
        int refYear = reference.getYear();
        int year = refYear - Math.floorMod(refYear - twoDigitYear, 100);
        LocalDate date = dateOrNull(year, month, day);
        if (date != null && date.isAfter(reference)) {
            date = dateOrNull(year - 100, month, day);
        }
        return date;
    }

    static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
