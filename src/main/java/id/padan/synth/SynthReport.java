package id.padan.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a synthesis run wrote.
 *
 * @param persons        DTKS persons written (rows of the DTKS export)
 * @param households     DTKS households (KK)
 * @param outDir         the folder written into
 * @param files          every file written, relative to {@code outDir} with {@code /} separators (e.g.
 *                       {@code truth/flags.csv}), to its number of data rows (header excluded), in writing order
 * @param plantedPerFlag expected cases per flag code (rows of {@code truth/flags.csv}), in contract order; a
 *                       duplicate group counts every one of its rows
 * @param dropsPerReason legitimate drops per reason (rows of {@code truth/drops.csv})
 * @param elapsed        wall-clock time of the run
 */
public record SynthReport(long persons, long households, Path outDir, Map<String, Long> files,
                          Map<String, Long> plantedPerFlag, Map<String, Long> dropsPerReason, Duration elapsed) {

    public SynthReport {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        plantedPerFlag = Collections.unmodifiableMap(new LinkedHashMap<>(plantedPerFlag));
        dropsPerReason = Collections.unmodifiableMap(new LinkedHashMap<>(dropsPerReason));
    }

    /** A short multi-line summary for the command line. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d persons in %,d households written to %s in %.1f s%n", persons,
                households, outDir, elapsed.toMillis() / 1000.0));
        sb.append("files (data rows):\n");
        files.forEach((f, n) -> sb.append(String.format(Locale.ROOT, "  %-40s %,12d%n", f, n)));
        sb.append("planted cases per flag:\n");
        plantedPerFlag.forEach((f, n) -> sb.append(String.format(Locale.ROOT, "  %-40s %,12d%n", f, n)));
        sb.append("legitimate drops per reason:\n");
        dropsPerReason.forEach((f, n) -> sb.append(String.format(Locale.ROOT, "  %-40s %,12d%n", f, n)));
        return sb.toString();
    }
}
