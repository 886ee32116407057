package id.padan.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a console that is not a terminal (cron, {@code padan-nightly}, a redirected run) and
 * for the run log: one line when at least {@code every} has passed since the last one and the work has moved on by
 * a whole percent, and a closing line when the work took long enough to have been worth watching.
 */
final class LineProgress implements Progress {
    /** Without a total, a line needs this many more units, so that a zero interval cannot print a line a row. */
    static final long UNITS_PER_LINE_WITHOUT_TOTAL = 10_000;

    private final String task;
    private final String unit;
    private final long total;
    private final Consumer<String> out;
    private final LongSupplier nanoClock;
    private final long everyNanos;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private volatile long lastLine;
    /** Whole percent (or tens of thousands of units) at the last line; nobody needs to read about 0%. */
    private long lastKey;
    private int lines;
    private boolean closed;

    /**
     * @param total     units the work will take, or negative when not known
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass their own)
     */
    LineProgress(String task, String unit, long total, Consumer<String> out, LongSupplier nanoClock, Duration every) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.out = out;
        this.nanoClock = nanoClock;
        this.everyNanos = every.toNanos();
        this.start = nanoClock.getAsLong();
        this.lastLine = start;
    }

    @Override
    public void step(long n) {
        long now = done.addAndGet(n);
        long time = nanoClock.getAsLong();
        if (time - lastLine < everyNanos) {
            return;
        }
        synchronized (this) {
            long key = total >= 0 ? ProgressLine.percent(now, total) : now / UNITS_PER_LINE_WITHOUT_TOTAL;
            if (closed || time - lastLine < everyNanos || key == lastKey) {
                return;
            }
            lastKey = key;
            lastLine = time;
            lines++;
            out.accept(ProgressLine.during(task, unit, now, total, Duration.ofNanos(time - start)));
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long elapsed = nanoClock.getAsLong() - start;
        if (lines > 0 || elapsed >= everyNanos) {
            out.accept(ProgressLine.done(task, unit, done.get(), Duration.ofNanos(elapsed)));
        }
    }
}
