package id.padan.job;

import java.time.Duration;
import java.util.Locale;

/**
 * The text of a progress line for logs and runs without a terminal, e.g.
 * {@code standardize dtks.txt: 412,000 / 1,003,112 rows (41%), 85,300 rows/s, ETA 0:07}.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * @param total the units the work will take, or a negative number when it is not known: then no percent or ETA
     */
    public static String during(String task, String unit, long done, long total, Duration elapsed) {
        StringBuilder line = new StringBuilder(task).append(": ");
        double rate = rate(done, elapsed);
        if (total >= 0) {
            line.append(String.format(Locale.ROOT, "%,d / %,d %s (%d%%)", done, total, unit, percent(done, total)));
        } else {
            line.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        if (rate > 0) {
            line.append(", ").append(rate(rate, unit));
            if (total >= 0) {
                long remaining = Math.max(0, total - done);
                line.append(", ETA ").append(clock(Duration.ofMillis(Math.round(remaining / rate * 1000))));
            }
        }
        return line.toString();
    }

    /** The closing line: how much was done, in how long, at what rate. */
    public static String done(String task, String unit, long done, Duration elapsed) {
        double rate = rate(done, elapsed);
        return String.format(Locale.ROOT, "%s: %,d %s in %s", task, done, unit, clock(elapsed))
                + (rate > 0 ? " (" + rate(rate, unit) + ")" : "");
    }

    /** Whole percent done, never above 100 (a total that was only an estimate can be passed). */
    public static int percent(long done, long total) {
        if (total <= 0) {
            return 100;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    /** Rows go by in tens of thousands a second, link phases one a minute: both must read as something. */
    static String rate(double perSecond, String unit) {
        if (perSecond >= 10) {
            return String.format(Locale.ROOT, "%,.0f %s/s", perSecond, unit);
        }
        if (perSecond >= 0.1) {
            return String.format(Locale.ROOT, "%.1f %s/s", perSecond, unit);
        }
        return String.format(Locale.ROOT, "%.1f %s/min", perSecond * 60, unit);
    }

    private static double rate(long done, Duration elapsed) {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : done * 1000.0 / millis;
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}: how people read durations on a console. */
    static String clock(Duration d) {
        long seconds = Math.max(0, Math.round(d.toMillis() / 1000.0));
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
