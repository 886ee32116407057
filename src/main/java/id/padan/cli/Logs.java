package id.padan.cli;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One logging setup for padan and its libraries. Spring, Spring Batch and POI are routed into java.util.logging
 * (see pom.xml) and kept at WARNING, so a data officer sees padan's own lines, not framework chatter.
 */
final class Logs {
    /** java.util.logging keeps loggers weakly: without these references the levels set below would be lost. */
    private static final java.util.List<Logger> CONFIGURED = new java.util.ArrayList<>();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Logs() {
    }

    static void configure(boolean verbose) {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(verbose ? Level.FINE : Level.INFO);
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String text = formatMessage(r);
                String level = r.getLevel().intValue() >= Level.WARNING.intValue() ? r.getLevel().getName() + " " : "";
                String thrown = r.getThrown() != null && verbose ? "\n" + stackTrace(r.getThrown()) : "";
                return LocalTime.now().format(TIME) + " " + level + text + thrown + System.lineSeparator();
            }
        });
        root.addHandler(console);
        root.setLevel(verbose ? Level.FINE : Level.INFO);
        Level frameworks = verbose ? Level.INFO : Level.WARNING;
        for (String name : new String[] {"org.springframework", "org.apache.poi", "org.duckdb"}) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(frameworks);
            CONFIGURED.add(logger);
        }
    }

    private static String stackTrace(Throwable t) {
        var out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
