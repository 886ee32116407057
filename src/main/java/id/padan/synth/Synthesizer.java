package id.padan.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a synthetic population with planted truth (see the package documentation and {@link SynthFiles}).
 *
 * <pre>{@code
 * SynthReport r = new Synthesizer().run(SynthOptions.of(2_000, 42L, "62.03", Path.of("out")));
 * }</pre>
 */
public final class Synthesizer {
    private final RegionTable regions;

    /** Uses the region table shipped on the classpath ({@link RegionTable#RESOURCE}). */
    public Synthesizer() {
        this.regions = null;
    }

    /** Uses the given region table (e.g. read from a file with {@link RegionTable#read(java.io.Reader)}). */
    public Synthesizer(RegionTable regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    /**
     * Generates and writes everything into {@code o.outDir()}.
     *
     * @throws IOException              when the region table or name lists cannot be read, or a file cannot be written
     * @throws IllegalArgumentException when the regency code is not a regency of the region table
     */
    public SynthReport run(SynthOptions o) throws IOException {
        return run(o, SynthLayout.DEFAULT);
    }

    /**
     * Generates everything, then rewrites the files the layout concerns in that layout (same people, same rows).
     *
     * @throws IOException              when the region table or name lists cannot be read, or a file cannot be written
     * @throws IllegalArgumentException when the regency code is not a regency of the region table
     */
    public SynthReport run(SynthOptions o, SynthLayout layout) throws IOException {
        Objects.requireNonNull(o, "options");
        Objects.requireNonNull(layout, "layout");
        long start = System.nanoTime();
        RegionTable table = regions != null ? regions : RegionTable.fromClasspath();
        NameBank names = NameBank.load();
        try (SynthRun run = new SynthRun(o, table, names)) {
            run.run();
            Map<String, Long> files = new LinkedHashMap<>(run.files());
            Map<String, Long> rewritten = new LayoutRewriter(o).rewrite(layout);
            if (!rewritten.isEmpty()) {
                files.keySet().removeIf(name -> !Files.exists(o.outDir().resolve(name)));
                files.putAll(rewritten);
            }
            return new SynthReport(run.persons(), run.households(), o.outDir(), files, run.flagCounts(),
                    run.dropCounts(), Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
