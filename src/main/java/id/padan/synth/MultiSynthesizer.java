package id.padan.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a synthetic population of several regencies: each regency's complete file set, exactly as a single-regency
 * run with its own seed would write it, into {@code OUT/<code>/}; then a few people moved between the regencies
 * ({@link CrossRegencyPlanter}), and in {@code OUT/} the list of regencies and a job file over all of them.
 *
 * <pre>{@code
 * MultiSynthReport r = new MultiSynthesizer().run(MultiSynthOptions.of(List.of("62.01", "62.02"), 2_000, 42L,
 *         Path.of("out")));
 * }</pre>
 */
public final class MultiSynthesizer {
    private final RegionTable regions;

    /** Uses the region table shipped on the classpath. */
    public MultiSynthesizer() {
        this.regions = null;
    }

    /** Uses the given region table. */
    public MultiSynthesizer(RegionTable regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    /**
     * Generates and writes everything into {@code o.outDir()}.
     *
     * @throws IOException              when a file cannot be read or written
     * @throws IllegalArgumentException when a code is not a regency of the region table
     */
    public MultiSynthReport run(MultiSynthOptions o) throws IOException {
        Objects.requireNonNull(o, "options");
        long start = System.nanoTime();
        RegionTable table = regions != null ? regions : RegionTable.fromClasspath();
        for (String code : o.regencyCodes()) {
            table.regency(code); // an unknown code fails before anything is written
        }
        Files.createDirectories(o.outDir());
        List<CrossRegencyPlanter.Area> areas = new ArrayList<>();
        List<SynthReport> written = new ArrayList<>();
        for (String code : o.regencyCodes()) {
            SynthOptions one = o.forRegency(code);
            written.add(new Synthesizer(table).run(one));
            areas.add(new CrossRegencyPlanter.Area(code, table.regency(code).exportName(), one.outDir()));
        }
        List<CrossRegencyPlanter.Plant> plants = new CrossRegencyPlanter(o).plant(areas);

        List<SynthReport> reports = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            reports.add(afterMoves(written.get(i), areas.get(i)));
        }
        Map<String, Map<String, Long>> moves = new LinkedHashMap<>();
        for (CrossRegencyPlanter.Plant p : plants) {
            moves.computeIfAbsent(p.from().code + " -> " + p.to().code, k -> new LinkedHashMap<>())
                    .merge(p.kind().expected, 1L, Long::sum);
        }
        Files.writeString(o.outDir().resolve(SynthFiles.REGENCIES), String.join("\n", o.regencyCodes()) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(o.outDir().resolve(SynthFiles.JOB), jobYaml(o), StandardCharsets.UTF_8);
        return new MultiSynthReport(o.outDir(), reports, moves, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The report of one regency with the moves in and out counted in. */
    private static SynthReport afterMoves(SynthReport r, CrossRegencyPlanter.Area a) {
        long out = a.out.size();
        long in = a.in.size();
        Map<String, Long> flags = new LinkedHashMap<>(r.plantedPerFlag());
        Map<String, Long> drops = new LinkedHashMap<>(r.dropsPerReason());
        long newFlags = 0;
        long newDrops = 0;
        for (CrossRegencyPlanter.Plant p : a.out) {
            if (p.kind() == CrossRegencyPlanter.Kind.MOVED_BEFORE) {
                flags.merge(p.row().lostFlag(), -1L, Long::sum);
                drops.merge(p.kind().expected, 1L, Long::sum);
                newFlags--;
                newDrops++;
            } else {
                flags.merge(p.kind().expected, 1L, Long::sum);
                newFlags++;
            }
        }
        Map<String, Long> files = new LinkedHashMap<>(r.files());
        files.merge(SynthFiles.dtks(a.code), in - out, Long::sum);
        files.merge(SynthFiles.TRUTH_PERSONS, in - out, Long::sum);
        files.merge(SynthFiles.TRUTH_FLAGS, newFlags, Long::sum);
        files.merge(SynthFiles.TRUTH_DROPS, newDrops, Long::sum);
        files.put(SynthFiles.TRUTH_CROSS_REGENCY, in + out);
        return new SynthReport(r.persons() + in - out, r.households(), r.outDir(), files, flags, drops,
                r.elapsed());
    }

    /**
     * A job over every regency's folder, in the several-regency form (one {@code regency:} per source), paths
     * relative to the top folder where it is written.
     */
    static String jobYaml(MultiSynthOptions o) {
        String p1 = SynthFiles.periodLabel(o.period1Date(), 1);
        String p2 = SynthFiles.periodLabel(o.period2Date(), 2);
        StringBuilder y = new StringBuilder();
        y.append("# Written by padan synth: the synthetic regencies ").append(String.join(", ", o.regencyCodes()))
                .append(" (").append(o.households()).append(" households each, seed ").append(o.seed())
                .append(").\n# Paths are relative to this file; each regency's truth is in <code>/truth/.\n");
        y.append("name: synth-").append(o.regencyCodes().size()).append("-regencies\n");
        y.append("regencies: [").append(String.join(", ", o.regencyCodes().stream().map(c -> "\"" + c + "\"")
                .toList())).append("]\n");
        y.append("partitions: {threads: 1}\n");
        y.append("warehouse: warehouse/synth.duckdb\n");
        y.append("output: out\n");
        y.append("duckdb: {memory_limit: 4GB, temp_directory: warehouse/tmp, threads: 2}\n");
        y.append("sources:\n");
        for (String code : o.regencyCodes()) {
            String id = code.replace(".", "");
            String r = "regency: \"" + code + "\"";
            String dir = code + "/";
            y.append("  - {id: dtks-").append(id).append(", kind: dtks, ").append(r).append(", path: ")
                    .append(dir).append(SynthFiles.dtks(code)).append("}\n");
            list(y, "pkh-t1-" + id, r, "PKH", p1, dir + SynthFiles.pkh(o.period1Date(), 1));
            list(y, "pkh-t2-" + id, r, "PKH", p2, dir + SynthFiles.pkh(o.period2Date(), 2));
            list(y, "kip-t1-" + id, r, "KIP", p1, dir + SynthFiles.kip(o.period1Date(), 1));
            list(y, "kip-t2-" + id, r, "KIP", p2, dir + SynthFiles.kip(o.period2Date(), 2));
            other(y, "pengaduan-" + id, "complaints", r, dir + SynthFiles.COMPLAINTS);
            other(y, "kematian-" + id, "deaths", r, dir + SynthFiles.DEATHS);
            other(y, "pns-" + id, "civil_servants", r, dir + SynthFiles.CIVIL_SERVANTS);
            other(y, "penduduk-" + id, "population", r, dir + SynthFiles.POPULATION);
        }
        y.append("periods:\n");
        y.append("  ").append(p1).append(": {reference_date: ").append(o.period1Date()).append("}\n");
        y.append("  ").append(p2).append(": {reference_date: ").append(o.period2Date()).append(", previous: ")
                .append(p1).append("}\n");
        return y.toString();
    }

    private static void list(StringBuilder y, String id, String regency, String program, String period, String path) {
        y.append("  - {id: ").append(id).append(", kind: recipients, ").append(regency).append(", program: ")
                .append(program).append(", period: ").append(period).append(", path: ").append(path).append("}\n");
    }

    private static void other(StringBuilder y, String id, String kind, String regency, String path) {
        y.append("  - {id: ").append(id).append(", kind: ").append(kind).append(", ").append(regency)
                .append(", path: ").append(path).append("}\n");
    }
}
