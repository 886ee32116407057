package id.padan.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a several-regency synthesis wrote.
 *
 * @param outDir     the top folder
 * @param regencies  per regency, in the order given, what its folder holds after the moves were planted
 * @param moves      per ordered pair ({@code "62.01 -> 62.02"}), the planted moves per expected outcome
 *                   ({@code GHOST_MOVED}, {@code GHOST_DECEASED}, {@code MOVED})
 * @param elapsed    wall-clock time of the whole run
 */
public record MultiSynthReport(Path outDir, List<SynthReport> regencies, Map<String, Map<String, Long>> moves,
                               Duration elapsed) {

    public MultiSynthReport {
        regencies = List.copyOf(regencies);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        moves.forEach((pair, kinds) -> copy.put(pair, Collections.unmodifiableMap(new LinkedHashMap<>(kinds))));
        moves = Collections.unmodifiableMap(copy);
    }

    /** DTKS persons over every regency. */
    public long persons() {
        return regencies.stream().mapToLong(SynthReport::persons).sum();
    }

    /** A short multi-line summary for the command line. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%,d persons in %d regencies written to %s in %.1f s%n", persons(),
                regencies.size(), outDir, elapsed.toMillis() / 1000.0));
        for (SynthReport r : regencies) {
            sb.append(String.format(Locale.ROOT, "  %-10s %,12d persons %,10d households%n",
                    r.outDir().getFileName(), r.persons(), r.households()));
        }
        sb.append("planted moves between regencies (from -> to: expected outcome in the first regency's truth):\n");
        moves.forEach((pair, kinds) -> {
            sb.append(String.format(Locale.ROOT, "  %-18s", pair));
            kinds.forEach((k, n) -> sb.append(String.format(Locale.ROOT, " %s %,d", k, n)));
            sb.append('\n');
        });
        sb.append("per regency: see each folder's truth/ (README.txt, cross_regency.csv); job file: ")
                .append(SynthFiles.JOB).append('\n');
        return sb.toString();
    }
}
