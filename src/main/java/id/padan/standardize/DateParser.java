package id.padan.standardize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads dates as Indonesian registry and aid-list files write them: {@code 12-03-1985}, {@code 12/3/1985},
 * {@code 12.03.1985}, {@code 1985-03-12}, {@code 1985/03/12}, {@code 19850312}, {@code 12-03-85}, {@code 120385},
 * {@code 12 Maret 1985}, {@code 12-MAR-1985}, {@code 12 Agt 1990}, English month names, ISO timestamps
 * ({@code 1985-03-12 00:00:00}) and Excel serial numbers ({@code 32874} or {@code 32874.0} for 1990-01-01).
 *
 * <p>Numbers are always read day first: Indonesian files are, and a date that only works month first
 * ({@code 12/31/1985}) is reported, never swapped. Impossible dates ({@code 31/02/1985}) are reported too. Two-digit
 * years take the latest year that does not put the date after the reference date.
 *
 * <p>One pass over the characters, no regex; stateless and thread-safe.
 */
public final class DateParser {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;
    private static final int MAX_EXCEL_SERIAL = 80_000;
    /** Excel counts from 1900-01-01 = 1 and believes 1900 was a leap year, so from serial 61 on day 0 is 1899-12-30. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int EXCEL_FAKE_LEAP_DAY = 60;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JANUARI", 1), Map.entry("JANUARY", 1), Map.entry("JAN", 1),
            Map.entry("FEBRUARI", 2), Map.entry("PEBRUARI", 2), Map.entry("FEBRUARY", 2), Map.entry("FEB", 2),
            Map.entry("PEB", 2),
            Map.entry("MARET", 3), Map.entry("MARCH", 3), Map.entry("MAR", 3), Map.entry("MRT", 3),
            Map.entry("APRIL", 4), Map.entry("APR", 4),
            Map.entry("MEI", 5), Map.entry("MAY", 5),
            Map.entry("JUNI", 6), Map.entry("JUNE", 6), Map.entry("JUN", 6),
            Map.entry("JULI", 7), Map.entry("JULY", 7), Map.entry("JUL", 7),
            Map.entry("AGUSTUS", 8), Map.entry("AUGUST", 8), Map.entry("AGT", 8), Map.entry("AGS", 8),
            Map.entry("AGU", 8), Map.entry("AGUS", 8), Map.entry("AUG", 8),
            Map.entry("SEPTEMBER", 9), Map.entry("SEP", 9), Map.entry("SEPT", 9),
            Map.entry("OKTOBER", 10), Map.entry("OCTOBER", 10), Map.entry("OKT", 10), Map.entry("OCT", 10),
            Map.entry("NOVEMBER", 11), Map.entry("NOPEMBER", 11), Map.entry("NOV", 11), Map.entry("NOP", 11),
            Map.entry("DESEMBER", 12), Map.entry("DECEMBER", 12), Map.entry("DES", 12), Map.entry("DEC", 12));

    private static final Set<String> WEEKDAYS = Set.of(
            "SENIN", "SELASA", "RABU", "KAMIS", "JUMAT", "SABTU", "MINGGU",
            "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
            "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private DateParser() {
    }

    /**
     * @param raw       the cell text
     * @param reference the list's reference date, for two-digit years
     */
    public static ParsedDate parse(String raw, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        String text = IdNumberText.unwrap(raw);
        if (isBlankFiller(text)) {
            return ParsedDate.BLANK;
        }
        String date = withoutTime(text);
        List<String> parts = parts(date);
        if (parts == null) {
            return unknownFormat(text);
        }
        if (!parts.isEmpty() && WEEKDAYS.contains(parts.get(0))) {
            parts.remove(0);
        }
        if (parts.size() == 1 && isDigits(parts.get(0))) {
            return fromNumber(parts.get(0), text, reference);
        }
        if (parts.size() == 2 && isDigits(parts.get(0)) && isZeros(parts.get(1))
                && date.indexOf('.') > 0) {
            return fromNumber(parts.get(0), text, reference); // 32874.0 from a numeric cell
        }
        if (parts.size() != 3) {
            return parts.size() < 3 && parts.stream().anyMatch(DateParser::isDigits)
                    ? ParsedDate.invalid("tanggal tidak lengkap ('" + text + "')")
                    : unknownFormat(text);
        }
        String first = parts.get(0);
        String second = parts.get(1);
        String third = parts.get(2);
        boolean d1 = isDigits(first);
        boolean d2 = isDigits(second);
        boolean d3 = isDigits(third);
        if (d1 && d2 && d3) {
            if (first.length() == 4) {
                return build(num(third), num(second), first, text, reference);
            }
            return first.length() <= 2 && second.length() <= 2
                    ? build(num(first), num(second), third, text, reference)
                    : unknownFormat(text);
        }
        if (d1 && !d2 && d3) {
            Integer month = MONTHS.get(second);
            if (month == null) {
                return ParsedDate.invalid("nama bulan '" + second + "' tidak dikenal");
            }
            return first.length() == 4
                    ? build(num(third), month, first, text, reference)
                    : build(num(first), month, third, text, reference);
        }
        if (!d1 && d2 && d3) {
            Integer month = MONTHS.get(first);
            if (month == null) {
                return ParsedDate.invalid("nama bulan '" + first + "' tidak dikenal");
            }
            return build(num(second), month, third, text, reference);
        }
        return unknownFormat(text);
    }

    private static ParsedDate fromNumber(String digits, String text, LocalDate reference) {
        int length = digits.length();
        if (length == 8) {
            int year = num(digits.substring(0, 4));
            int month = num(digits.substring(4, 6));
            int day = num(digits.substring(6, 8));
            if (year >= MIN_YEAR && year <= MAX_YEAR && CenturyPivot.dateOrNull(year, month, day) != null) {
                return ParsedDate.of(LocalDate.of(year, month, day));
            }
            return build(num(digits.substring(0, 2)), num(digits.substring(2, 4)), digits.substring(4), text,
                    reference);
        }
        if (length == 6) {
            return build(num(digits.substring(0, 2)), num(digits.substring(2, 4)), digits.substring(4), text,
                    reference);
        }
        if (length > 5) {
            return unknownFormat(text);
        }
        int serial = num(digits);
        if (length == 4 && serial >= MIN_YEAR && serial <= MAX_YEAR) {
            // a year alone is far more likely than an Excel date in 1905
            return ParsedDate.invalid("hanya tahun (" + digits + "), tanggal tidak lengkap");
        }
        if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
            return ParsedDate.invalid("nomor seri tanggal Excel di luar rentang (" + digits + ")");
        }
        if (serial == EXCEL_FAKE_LEAP_DAY) {
            return ParsedDate.invalid("nomor seri Excel 60 = 29-02-1900, tanggal yang tidak ada");
        }
        return ParsedDate.of(serial > EXCEL_FAKE_LEAP_DAY
                ? EXCEL_EPOCH.plusDays(serial)
                : EXCEL_EPOCH.plusDays(serial + 1L));
    }

    private static ParsedDate build(int day, int month, String yearText, String text, LocalDate reference) {
        LocalDate date;
        if (yearText.length() == 2) {
            date = CenturyPivot.date(day, month, num(yearText), reference);
        } else if (yearText.length() == 4) {
            int year = num(yearText);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return ParsedDate.invalid("tahun " + yearText + " tidak masuk akal");
            }
            date = CenturyPivot.dateOrNull(year, month, day);
        } else {
            return unknownFormat(text);
        }
        if (date != null) {
            return ParsedDate.of(date);
        }
        String written = pad(day) + "-" + pad(month) + "-" + yearText;
        if (month > 12 && day >= 1 && day <= 12) {
            return ParsedDate.invalid("tanggal tidak ada (" + written
                    + "): bulan " + month + "; tanggal di berkas Indonesia ditulis hari-bulan-tahun");
        }
        return ParsedDate.invalid("tanggal tidak ada (" + written + ")");
    }

    /** Splits into runs of digits and runs of upper-case letters; null when a character belongs to no date. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>(3);
        StringBuilder current = new StringBuilder(8);
        boolean digits = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean isDigit = c >= '0' && c <= '9';
            char letter = isDigit ? 0 : NameTokenizer.upperLetter(c);
            if (isDigit || letter != 0) {
                if (current.length() > 0 && digits != isDigit) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                digits = isDigit;
                current.append(isDigit ? c : letter);
            } else if (c == '-' || c == '/' || c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\t'
                    || c == '\u2013') {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
            } else {
                return null;
            }
        }
        return parts;
    }

    /** Cuts a time of day: "1985-03-12 00:00:00", "1985-03-12T00:00:00.000Z", "12/03/1985 0:00". */
    private static String withoutTime(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return text;
        }
        for (int i = colon - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == 'T') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean isBlankFiller(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && c != '-' && c != '/' && c != '.' && c != ' ' && c != ':') {
                return false;
            }
        }
        return true; // "-", "0", "00-00-0000", "0000-00-00 00:00:00"
    }

    private static ParsedDate unknownFormat(String text) {
        return ParsedDate.invalid("format tanggal tidak dikenal ('" + text + "')");
    }

    private static boolean isDigits(String part) {
        char c = part.charAt(0);
        return c >= '0' && c <= '9';
    }

    private static boolean isZeros(String part) {
        return part.equals("0") || part.equals("00");
    }

    private static int num(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length() && i < 9; i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        return value;
    }

    private static String pad(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
