package id.padan.job;

/**
 * How far a long piece of work has got. A stage asks its {@link RunContext} for one and steps it; whether that shows
 * as a bar on a terminal, as plain lines under cron or not at all is decided by the run, not by the stage.
 * {@link #step(long)} may be called from several threads at once (DuckDB calls padan's SQL functions on its own).
 */
public interface Progress extends AutoCloseable {
    /** {@code n} more units done. */
    void step(long n);

    /** The work is over (also when it failed); ends the bar or writes the closing line. */
    @Override
    void close();

    /** A progress that shows nothing, for work run outside a job (tests, {@code padan link}). */
    static Progress none() {
        return None.INSTANCE;
    }

    /** See {@link #none()}. */
    enum None implements Progress {
        INSTANCE;

        @Override
        public void step(long n) {
        }

        @Override
        public void close() {
        }
    }
}
