package id.padan.cli;

/** The exit codes of every padan command, as cron jobs and monitoring read them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_USAGE = 2;
    public static final int LOCKED = 3;

    private ExitCodes() {
    }
}
