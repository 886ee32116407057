package id.padan.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * NIK and KK numbers: {@code PPKKCC DDMMYY SSSS}. For a NIK the date is the birth date with 40 added to the day
 * for women; for a KK it is the issue date. The serial is never 0000.
 */
final class Nik {
    private Nik() {
    }

    /** Structural problems, in the order they are checked. Null from {@link #problem} means valid. */
    static final String LENGTH = "LENGTH";
    static final String NOT_DIGITS = "NOT_DIGITS";
    static final String UNKNOWN_REGION = "UNKNOWN_REGION";
    static final String BAD_DATE = "BAD_DATE";
    static final String SERIAL_ZERO = "SERIAL_ZERO";
    static final String SEX_MISMATCH = "SEX_MISMATCH";

    static String compose(String region6, LocalDate date, boolean female, int serial) {
        char[] c = new char[16];
        region6.getChars(0, 6, c, 0);
        two(c, 6, date.getDayOfMonth() + (female ? 40 : 0));
        two(c, 8, date.getMonthValue());
        two(c, 10, date.getYear() % 100);
        two(c, 12, serial / 100);
        two(c, 14, serial % 100);
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    /** A random serial, mostly small as real serials are (per kecamatan and date they count up from 0001). */
    static int serial(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.55) {
            return 1 + r.nextInt(9);
        }
        if (x < 0.85) {
            return 10 + r.nextInt(90);
        }
        if (x < 0.97) {
            return 100 + r.nextInt(900);
        }
        return 1000 + r.nextInt(9000);
    }

    /**
     * The structural problem of a NIK as written, or null when it is valid.
     *
     * @param female   the sex the row states, or null when the row states none
     * @param regions  the national region table, for the kecamatan rule
     */
    static String problem(String nik, Boolean female, RegionTable regions) {
        if (nik.length() != 16) {
            return LENGTH;
        }
        for (int i = 0; i < 16; i++) {
            char ch = nik.charAt(i);
            if (ch < '0' || ch > '9') {
                return NOT_DIGITS;
            }
        }
        if (!regions.isKecamatan(nik.substring(0, 6))) {
            return UNKNOWN_REGION;
        }
        int dd = Integer.parseInt(nik.substring(6, 8));
        int mm = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean isFemale = dd > 40;
        int day = isFemale ? dd - 40 : dd;
        if (!dateExists(day, mm, yy)) {
            return BAD_DATE;
        }
        if (nik.endsWith("0000")) {
            return SERIAL_ZERO;
        }
        if (female != null && female != isFemale) {
            return SEX_MISMATCH;
        }
        return null;
    }

    /** Whether day/month exist in 19yy or 20yy. */
    static boolean dateExists(int day, int month, int yy) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max = switch (month) {
            case 2 -> (yy % 4 == 0) ? 29 : 28; // 1900 is not leap but 2000 is: 00 allows 29 through 2000
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= max;
    }

    /** Whether the NIK says the person is a woman (day above 40). */
    static boolean femaleDigit(String nik) {
        return nik.charAt(6) >= '4';
    }

    /**
     * A mistyped copy of a NIK that is still structurally valid with the same sex: one digit substituted or two
     * adjacent digits swapped, only in the date and serial part (the region is kept), never equal to the original.
     * The caller checks that it is nobody's real NIK.
     *
     * @param allowSwap whether an adjacent transposition may be used
     * @return the mistyped NIK, or null when 20 tries found no valid one
     */
    static String typo(String nik, boolean allowSwap, SplittableRandom r, RegionTable regions) {
        boolean female = femaleDigit(nik);
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] c = nik.toCharArray();
            if (allowSwap && r.nextInt(3) == 0) {
                int i = 6 + r.nextInt(9); // swap i and i+1 within 6..15
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            } else {
                int i = r.nextDouble() < 0.6 ? 12 + r.nextInt(4) : 6 + r.nextInt(6);
                char d;
                do {
                    d = (char) ('0' + r.nextInt(10));
                } while (d == c[i]);
                c[i] = d;
            }
            String s = new String(c);
            if (!s.equals(nik) && problem(s, female, regions) == null) {
                return s;
            }
        }
        return null;
    }
}
