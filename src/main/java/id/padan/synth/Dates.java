package id.padan.synth;

import java.time.LocalDate;

/** Fast fixed-layout date formatting (no locale, no formatter objects). */
final class Dates {
    private Dates() {
    }

    /** The date layouts recipient and complaint files mix. */
    enum Layout {
        /** yyyy-mm-dd */
        ISO,
        /** dd-mm-yyyy */
        DMY_DASH,
        /** dd/mm/yyyy */
        DMY_SLASH,
        /** d/m/yyyy */
        DM_SHORT
    }

    static String format(LocalDate d, Layout layout) {
        if (d == null) {
            return "";
        }
        return format(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), layout);
    }

    /** Formats a day/month/year that need not be a real date (a day/month swap can yield one only if valid). */
    static String format(int y, int m, int day, Layout layout) {
        StringBuilder sb = new StringBuilder(10);
        switch (layout) {
            case ISO -> {
                four(sb, y);
                sb.append('-');
                two(sb, m);
                sb.append('-');
                two(sb, day);
            }
            case DMY_DASH -> {
                two(sb, day);
                sb.append('-');
                two(sb, m);
                sb.append('-');
                four(sb, y);
            }
            case DMY_SLASH -> {
                two(sb, day);
                sb.append('/');
                two(sb, m);
                sb.append('/');
                four(sb, y);
            }
            case DM_SHORT -> {
                sb.append(day).append('/').append(m).append('/');
                four(sb, y);
            }
        }
        return sb.toString();
    }

    static String iso(LocalDate d) {
        return format(d, Layout.ISO);
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    private static void four(StringBuilder sb, int v) {
        if (v < 1000) {
            sb.append('0');
        }
        if (v < 100) {
            sb.append('0');
        }
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** Full years from birth to the date. */
    static int age(LocalDate birth, LocalDate at) {
        int years = at.getYear() - birth.getYear();
        if (at.getMonthValue() < birth.getMonthValue()
                || at.getMonthValue() == birth.getMonthValue() && at.getDayOfMonth() < birth.getDayOfMonth()) {
            years--;
        }
        return years;
    }

    /** A uniformly random date in [from, to] (inclusive). */
    static LocalDate between(java.util.SplittableRandom r, LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (b <= a) {
            return from;
        }
        return LocalDate.ofEpochDay(a + r.nextLong(b - a + 1));
    }
}
