package id.padan.job;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Makes the {@link Progress} of each long piece of work of one run, as the run shows progress: a bar with rate and
 * ETA on a terminal, plain lines otherwise. Whatever the console shows, the run log gets the plain lines, so the
 * morning after a night under cron tells how fast each step went.
 */
public final class RunProgress {
    /** How progress is shown on the console; {@code AUTO} is resolved by the command line before a run. */
    public enum Mode {
        AUTO, BAR, LINES, NONE;

        /** {@code auto}, {@code bar}, {@code lines} or {@code none}, as on the command line. */
        public static Mode parse(String text) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(text.trim())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown progress mode '" + text + "': use auto, bar, lines or none");
        }

        /** {@code AUTO} becomes a bar on an interactive terminal and lines everywhere else. */
        public Mode resolve(boolean interactive) {
            return this == AUTO ? (interactive ? BAR : LINES) : this;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Between two plain progress lines, unless {@code --progress-every} says otherwise. */
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(10);

    private final Mode mode;
    private final PrintWriter console;
    private final Consumer<String> logOnly;
    private final Duration every;
    private final LongSupplier nanoClock;

    /**
     * @param mode    a resolved mode (not {@code AUTO})
     * @param console the run's console, which copies its lines into the run log
     * @param logOnly writes a line into the run log alone
     */
    public RunProgress(Mode mode, PrintWriter console, Consumer<String> logOnly, Duration every, LongSupplier nanoClock) {
        if (mode == Mode.AUTO) {
            throw new IllegalArgumentException("resolve the progress mode before the run");
        }
        this.mode = mode;
        this.console = console;
        this.logOnly = logOnly;
        this.every = every;
        this.nanoClock = nanoClock;
    }

    /** Shows nothing anywhere: for runs made outside {@link JobRunner} (tests of single stages). */
    public static RunProgress silent() {
        return new RunProgress(Mode.NONE, null, line -> { }, DEFAULT_EVERY, System::nanoTime);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * @param task  what is being done, e.g. {@code ingest dtks_62.03.txt}
     * @param total units the work will take, or negative when not known (a bar then only counts)
     * @param unit  what is counted, plural: {@code rows}, {@code phases}, {@code kecamatan}
     */
    public Progress start(String task, long total, String unit) {
        LineProgress log = new LineProgress(task, unit, total, logOnly, nanoClock, every);
        return switch (mode) {
            case LINES -> new LineProgress(task, unit, total, line -> {
                console.println(line);
                console.flush();
            }, nanoClock, every);
            case BAR -> new Bar(bar(task, total, unit), log);
            default -> log;
        };
    }

    private static ProgressBar bar(String task, long total, String unit) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setMaxRenderedLength(120)
                .build();
    }

    /** A bar on the terminal, and the plain lines in the run log. */
    private record Bar(ProgressBar bar, Progress log) implements Progress {
        @Override
        public void step(long n) {
            bar.stepBy(n);
            log.step(n);
        }

        @Override
        public void close() {
            bar.close();
            log.close();
        }
    }
}
