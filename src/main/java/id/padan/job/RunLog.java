package id.padan.job;

import id.padan.warehouse.OwnerOnlyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The run's own log, {@code <output>/logs/<job>-<run>.log}: every line the run prints and every log record, each
 * stamped with the time and the run id, so the morning after a night under cron shows what each run did. A restarted
 * run appends to its log. A 16-digit number is masked like a NIK on worklists, so the log holds no full NIK.
 */
final class RunLog implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern NIK = Pattern.compile("(?<![\\d.])(\\d{6})\\d{6}(\\d{4})(?![\\d.])");

    private final Writer file;
    private final String runId;
    private final Handler handler;
    private final PrintWriter console;
    private final Path path;

    private RunLog(Path path, Writer file, String runId, PrintWriter console) {
        this.path = path;
        this.file = file;
        this.runId = runId;
        this.console = new PrintWriter(new Tee(console), true);
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    String level = record.getLevel().intValue() >= Level.WARNING.intValue()
                            ? record.getLevel().getName() + " " : "";
                    line(level + record.getMessage());
                }
            }

            @Override
            public void flush() {
                flushFile();
            }

            @Override
            public void close() {
                flushFile();
            }
        };
        handler.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(handler);
    }

    static RunLog open(Path logDir, String jobName, String runId, PrintWriter console) throws IOException {
        OwnerOnlyFiles.createDirectories(logDir);
        Path path = logDir.resolve(jobName + "-" + runId + ".log");
        boolean created = !Files.exists(path);
        Writer file = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (created) {
            OwnerOnlyFiles.restrict(path);
        }
        return new RunLog(path, file, runId, console);
    }

    Path path() {
        return path;
    }

    /** The console to hand to the run: what is printed goes to the terminal and, stamped, into the log. */
    PrintWriter console() {
        return console;
    }

    /** A line for the log alone (the console says the same in its own words). */
    void note(String text) {
        console.flush();
        line(text);
    }

    private synchronized void line(String text) {
        try {
            file.write(LocalDateTime.now().format(TIME) + " " + runId + " "
                    + NIK.matcher(text).replaceAll("$1******$2") + System.lineSeparator());
        } catch (IOException e) {
            // the log is a copy of what the console shows: losing a line must not stop the run
        }
    }

    private synchronized void flushFile() {
        try {
            file.flush();
        } catch (IOException e) {
            // see line()
        }
    }

    @Override
    public void close() throws IOException {
        console.flush();
        Logger.getLogger("").removeHandler(handler);
        synchronized (this) {
            file.close();
        }
    }

    /** Passes everything to the console and every complete line to the log. */
    private final class Tee extends Writer {
        private final PrintWriter target;
        private final StringBuilder pending = new StringBuilder();

        Tee(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            target.write(buffer, offset, length);
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    line(pending.toString());
                    pending.setLength(0);
                } else if (c != '\r') {
                    pending.append(c);
                }
            }
        }

        @Override
        public void flush() {
            target.flush();
            flushFile();
        }

        @Override
        public void close() {
            if (!pending.isEmpty()) {
                line(pending.toString());
                pending.setLength(0);
            }
            flush();
        }
    }
}
