package id.padan.synth;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Moves a few people between regencies that were each synthesized on their own, and rewrites both regencies'
 * DTKS exports and truth so that they say so. Three kinds, per ordered pair (A, B):
 * <ul>
 *   <li>{@link Kind#MOVED}: a recipient of A's current list now lives in B: gone from A's DTKS, in B's
 *       (PERISTIWA blank or DD); A's row is a {@code GHOST_MOVED} case;</li>
 *   <li>{@link Kind#DIED}: the same, but the person died in B before the current reference date (MD);
 *       {@code GHOST_DECEASED};</li>
 *   <li>{@link Kind#MOVED_BEFORE}: a family or pupil that was a {@code LOST_*} case of A moved to B before the
 *       current list was drawn up: a legitimate drop {@code MOVED}, no longer a case.</li>
 * </ul>
 * Only people whose truth is simple are moved (one clean current row, no other case, trap, drop or complaint about
 * them, their NIK, name and birth date written as in DTKS), so that nothing else in A's truth changes. They join an
 * existing family in B that has no recipient rows, as {@code FAMILI LAIN} (moving in with relatives), and keep their
 * NIK (its prefix is where they were first registered) and their ID DTKS.
 */
final class CrossRegencyPlanter {
    /** Of A's current PKH + KIP rows, spread over the other regencies; at least one per pair. */
    static final double MOVED_RATE = 0.003;
    static final double DIED_RATE = 0.001;
    /** Of A's previous PKH + KIP rows. */
    static final double MOVED_BEFORE_RATE = 0.001;

    static final String FAMILI_LAIN = "FAMILI LAIN";
    private static final Pattern GUID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    /** DTKS columns (SynthFiles.DTKS_HEADER) that belong to the family, copied from the host family. */
    private static final int[] FAMILY_COLUMNS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 22, 23};
    private static final int DTKS_ID = 0;
    private static final int DTKS_KK = 10;
    private static final int DTKS_REL = 17;

    enum Kind {
        MOVED("GHOST_MOVED"), DIED("GHOST_DECEASED"), MOVED_BEFORE("MOVED");

        /** The flag (current rows) or drop reason (previous rows) that A's truth expects. */
        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** A row of A's list whose person may be moved. */
    record Candidate(String personKey, String householdKey, String program, String sourceFile, long sourceRow,
                     String lostFlag) {
    }

    /** A family of B that can take someone in. */
    record Host(String householdKey, String kk, String kode, String desil, String desilBefore) {
    }

    /** One planted move. */
    record Plant(Kind kind, Area from, Area to, Candidate row, Host host, LocalDate moveDate, String peristiwa,
                 LocalDate peristiwaDate) {
        String note() {
            String where = "regency " + to.code + " (" + to.name + ")";
            return switch (kind) {
                case MOVED -> "moved to " + where + " " + moveDate + ": in its DTKS export"
                        + (peristiwa.isEmpty() ? "" : " (" + peristiwa + " " + peristiwaDate + ")")
                        + ", not in this one";
                case DIED -> "moved to " + where + " and died there " + peristiwaDate + " (its DTKS: MD)";
                case MOVED_BEFORE -> "moved to " + where + " " + moveDate + " (in its DTKS export), before "
                        + "the current list; was " + row.lostFlag + " without the move";
            };
        }
    }

    /** One regency's folder and what the planter learnt about it. */
    static final class Area {
        final String code;
        final String name;
        final Path dir;
        final List<Candidate> current = new ArrayList<>();
        final List<Candidate> previous = new ArrayList<>();
        final List<Host> hosts = new ArrayList<>();
        long currentRows;
        long previousRows;
        final List<Plant> out = new ArrayList<>();
        final List<Plant> in = new ArrayList<>();
        /** DTKS rows of the people moving out, by ID DTKS. */
        final Map<String, List<String>> leaving = new HashMap<>();

        Area(String code, String name, Path dir) {
            this.code = code;
            this.name = name;
            this.dir = dir;
        }
    }

    private final MultiSynthOptions o;
    private final String label1;
    private final String label2;
    private final String pkh1;
    private final String pkh2;
    private final String kip1;
    private final String kip2;

    CrossRegencyPlanter(MultiSynthOptions o) {
        this.o = o;
        this.label1 = SynthFiles.periodLabel(o.period1Date(), 1);
        this.label2 = SynthFiles.periodLabel(o.period2Date(), 2);
        this.pkh1 = SynthFiles.pkh(o.period1Date(), 1);
        this.pkh2 = SynthFiles.pkh(o.period2Date(), 2);
        this.kip1 = SynthFiles.kip(o.period1Date(), 1);
        this.kip2 = SynthFiles.kip(o.period2Date(), 2);
    }

    /** Plants the moves between every ordered pair of the areas (already written) and rewrites their files. */
    List<Plant> plant(List<Area> areas) throws IOException {
        for (Area a : areas) {
            scan(a);
        }
        List<Plant> plants = allocate(areas);
        for (Area a : areas) {
            captureLeaving(a);
        }
        for (Area a : areas) {
            rewriteDtks(a);
            rewritePersons(a);
            rewriteFlags(a);
            rewriteDrops(a);
            writeCrossRegency(a);
            appendReadme(a, areas);
        }
        return plants;
    }

    // ---------------------------------------------------------------------------------------------------------
    // what can move
    // ---------------------------------------------------------------------------------------------------------

    /** Per person, what the links say about their rows. */
    private static final class Rows {
        int current;
        int previous;
        boolean clean = true;
        Candidate currentRow;
        Candidate previousRow;
    }

    private static boolean cleanCopy(CSVRecord link) {
        String noise = link.get("noise");
        return "SAME".equals(link.get("nik_written")) && (noise.isEmpty() || "village_prefix".equals(noise));
    }

    private void scan(Area a) throws IOException {
        Set<String> excluded = new HashSet<>();
        Set<String> flaggedRows = new HashSet<>();
        Set<String> otherRows = new HashSet<>();
        Map<String, Integer> flagsOf = new HashMap<>();
        Map<String, String> lostRows = new HashMap<>();
        read(a.dir.resolve(SynthFiles.TRUTH_FLAGS), ',', r -> {
            String row = r.get("source_file") + "#" + r.get("source_row");
            flaggedRows.add(row);
            flagsOf.merge(r.get("person_key"), 1, Integer::sum);
            if (r.get("flag").startsWith("LOST_")) {
                lostRows.put(row, r.get("flag"));
            }
            // a NIK lender or another person a case names must stay where the case says
            Matcher m = GUID.matcher(r.get("note"));
            while (m.find()) {
                excluded.add(m.group());
            }
        });
        read(a.dir.resolve(SynthFiles.TRUTH_TRAPS), ',', r -> {
            excluded.add(r.get("person_key"));
            otherRows.add(r.get("source_file") + "#" + r.get("source_row"));
        });
        read(a.dir.resolve(SynthFiles.TRUTH_DROPS), ',', r -> excluded.add(r.get("person_key")));
        read(a.dir.resolve(SynthFiles.TRUTH_COMPLAINT_LINKS), ',', r -> {
            excluded.add(r.get("named_person_key"));
            excluded.add(r.get("subject_person_key"));
            otherRows.add(r.get("related_source_file") + "#" + r.get("related_source_row"));
        });

        Map<String, Rows> rowsOf = new HashMap<>();
        Set<String> listedHouseholds = new HashSet<>();
        read(a.dir.resolve(SynthFiles.TRUTH_LINKS), ',', r -> {
            String file = r.get("source_file");
            boolean current = file.equals(pkh2) || file.equals(kip2);
            boolean previous = file.equals(pkh1) || file.equals(kip1);
            if (current) {
                a.currentRows++;
            } else if (previous) {
                a.previousRows++;
            }
            listedHouseholds.add(r.get("household_key"));
            String key = r.get("person_key");
            if (key.isEmpty()) {
                return;
            }
            Rows rows = rowsOf.computeIfAbsent(key, k -> new Rows());
            String row = file + "#" + r.get("source_row");
            if (!current && !previous) {
                rows.clean = false; // a complaint names them
                return;
            }
            Candidate c = new Candidate(key, r.get("household_key"), r.get("program"), file,
                    Long.parseLong(r.get("source_row")), lostRows.get(row));
            if (current) {
                rows.current++;
                rows.currentRow = c;
                rows.clean &= !flaggedRows.contains(row) && !otherRows.contains(row);
            } else {
                rows.previous++;
                rows.previousRow = c;
                // a LOST_* row is flagged by definition; that flag is the one a move turns into a drop
                rows.clean &= (c.lostFlag() != null || !flaggedRows.contains(row)) && !otherRows.contains(row);
            }
            rows.clean &= cleanCopy(r);
        });

        Map<String, Candidate> pending = new LinkedHashMap<>();
        for (Map.Entry<String, Rows> e : rowsOf.entrySet()) {
            String key = e.getKey();
            Rows rows = e.getValue();
            if (!rows.clean || excluded.contains(key)) {
                continue;
            }
            int flags = flagsOf.getOrDefault(key, 0);
            if (rows.current == 1 && flags == 0) {
                pending.put(key, rows.currentRow);
            } else if (rows.current == 0 && rows.previous == 1 && rows.previousRow.lostFlag() != null && flags == 1) {
                pending.put(key, rows.previousRow);
            }
        }

        Map<String, Integer> members = new HashMap<>();
        Map<String, String[]> facts = new HashMap<>();
        read(a.dir.resolve(SynthFiles.TRUTH_PERSONS), ',', r -> {
            if (!"YA".equals(r.get("in_dtks"))) {
                return;
            }
            String hh = r.get("household_key");
            members.merge(hh, 1, Integer::sum);
            String key = r.get("person_key");
            boolean active = r.get("peristiwa").isEmpty() && r.get("tanggal_kematian").isEmpty()
                    && r.get("tanggal_kematian_dukcapil").isEmpty();
            if (pending.containsKey(key)) {
                boolean ok = active && "TIDAK".equals(r.get("pns"));
                facts.put(key, new String[]{r.get("hubungan_keluarga"), ok ? "ok" : ""});
            }
            if ("KEPALA KELUARGA".equals(r.get("hubungan_keluarga")) && active && !listedHouseholds.contains(hh)) {
                a.hosts.add(new Host(hh, r.get("no_kk"), r.get("kode_wilayah"), r.get("desil"),
                        r.get("desil_sebelumnya")));
            }
        });
        // sorted by list and row, so that the shuffle alone decides who moves
        List<Candidate> chosen = new ArrayList<>();
        for (Map.Entry<String, Candidate> e : pending.entrySet()) {
            String[] f = facts.get(e.getKey());
            Candidate c = e.getValue();
            // the head of a family that stays would leave it headless
            if (f == null || f[1].isEmpty()
                    || "KEPALA KELUARGA".equals(f[0]) && members.getOrDefault(c.householdKey(), 0) > 1) {
                continue;
            }
            chosen.add(c);
        }
        chosen.sort((x, y) -> x.sourceFile().equals(y.sourceFile()) ? Long.compare(x.sourceRow(), y.sourceRow())
                : x.sourceFile().compareTo(y.sourceFile()));
        for (Candidate c : chosen) {
            (c.lostFlag() == null ? a.current : a.previous).add(c);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // who moves where
    // ---------------------------------------------------------------------------------------------------------

    private List<Plant> allocate(List<Area> areas) {
        List<Plant> plants = new ArrayList<>();
        int others = areas.size() - 1;
        for (Area a : areas) {
            SplittableRandom r = new SplittableRandom(MultiSynthOptions.regencySeed(o.seed(), a.code) ^ 0x5EEDL);
            Deque<Candidate> current = shuffled(a.current, r);
            Deque<Candidate> previous = shuffled(a.previous, r);
            Set<String> households = new HashSet<>();
            for (Area b : areas) {
                if (b == a) {
                    continue;
                }
                SplittableRandom pair = new SplittableRandom(
                        MultiSynthOptions.regencySeed(o.seed(), a.code) * 31 + MultiSynthOptions.regencySeed(o.seed(), b.code));
                int moved = share(MOVED_RATE, a.currentRows, others);
                int died = share(DIED_RATE, a.currentRows, others);
                int before = share(MOVED_BEFORE_RATE, a.previousRows, others);
                for (int i = 0; i < moved; i++) {
                    take(plants, Kind.MOVED, a, b, current, households, pair);
                }
                for (int i = 0; i < died; i++) {
                    take(plants, Kind.DIED, a, b, current, households, pair);
                }
                for (int i = 0; i < before; i++) {
                    take(plants, Kind.MOVED_BEFORE, a, b, previous, households, pair);
                }
            }
        }
        return plants;
    }

    private static int share(double rate, long rows, int others) {
        return (int) Math.max(1, Math.round(rate * rows / others));
    }

    private static Deque<Candidate> shuffled(List<Candidate> list, SplittableRandom r) {
        List<Candidate> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, r.nextInt(i + 1));
        }
        return new ArrayDeque<>(copy);
    }

    private void take(List<Plant> plants, Kind kind, Area a, Area b, Deque<Candidate> from, Set<String> households,
                      SplittableRandom r) {
        if (b.hosts.isEmpty()) {
            return;
        }
        Candidate c;
        do {
            c = from.poll();
            if (c == null) {
                return; // a small regency may have fewer candidates than the rate asks for
            }
        } while (!households.add(c.householdKey())); // one person per family, so the family's truth stays simple
        Host host = b.hosts.get(r.nextInt(b.hosts.size()));
        LocalDate t1 = o.period1Date();
        LocalDate t2 = o.period2Date();
        LocalDate moveDate = Dates.between(r, t1.plusDays(1), t2.minusDays(2));
        String peristiwa;
        LocalDate peristiwaDate;
        if (kind == Kind.DIED) {
            peristiwa = "MD";
            peristiwaDate = Dates.between(r, moveDate.plusDays(1), t2.minusDays(1));
        } else if (r.nextDouble() < 0.6) {
            peristiwa = "DD";
            peristiwaDate = moveDate;
        } else {
            peristiwa = "";
            peristiwaDate = null;
        }
        Plant p = new Plant(kind, a, b, c, host, moveDate, peristiwa, peristiwaDate);
        a.out.add(p);
        b.in.add(p);
        plants.add(p);
    }

    // ---------------------------------------------------------------------------------------------------------
    // rewriting
    // ---------------------------------------------------------------------------------------------------------

    private Path dtksFile(Area a) {
        return a.dir.resolve(SynthFiles.dtks(a.code));
    }

    private void captureLeaving(Area a) throws IOException {
        if (a.out.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (Plant p : a.out) {
            keys.add(p.row().personKey());
        }
        read(dtksFile(a), '|', r -> {
            if (keys.contains(r.get(DTKS_ID))) {
                a.leaving.put(r.get(DTKS_ID), r.toList());
            }
        });
        if (a.leaving.size() != keys.size()) {
            throw new IllegalStateException(a.code + ": " + (keys.size() - a.leaving.size())
                    + " people to move are not in the DTKS export");
        }
    }

    private void rewriteDtks(Area a) throws IOException {
        Set<String> leaving = a.leaving.keySet();
        Map<String, List<Plant>> byKk = new HashMap<>();
        for (Plant p : a.in) {
            byKk.computeIfAbsent(p.host().kk(), k -> new ArrayList<>()).add(p);
        }
        rewrite(dtksFile(a), '|', true, SynthFiles.DTKS_HEADER, new Editor() {
            List<String> family;

            @Override
            public void row(List<String> r, CsvSink out) throws IOException {
                if (family != null && !family.get(DTKS_KK).equals(r.get(DTKS_KK))) {
                    end(out);
                }
                if (family == null && byKk.containsKey(r.get(DTKS_KK))) {
                    family = r;
                }
                if (!leaving.contains(r.get(DTKS_ID))) {
                    out.row(r.toArray(new String[0]));
                }
            }

            @Override
            public void end(CsvSink out) throws IOException {
                if (family == null) {
                    return;
                }
                for (Plant p : byKk.get(family.get(DTKS_KK))) {
                    String[] row = p.from().leaving.get(p.row().personKey()).toArray(new String[0]);
                    for (int col : FAMILY_COLUMNS) {
                        row[col] = family.get(col);
                    }
                    row[DTKS_REL] = FAMILI_LAIN;
                    row[18] = p.peristiwa();
                    row[19] = p.peristiwaDate() == null ? "" : p.peristiwaDate().toString();
                    row[24] = "TIDAK"; // not on B's KIP list
                    out.row(row);
                }
                family = null;
            }
        });
    }

    private void rewritePersons(Area a) throws IOException {
        Set<String> leaving = a.leaving.keySet();
        Map<String, List<Plant>> byHousehold = new HashMap<>();
        for (Plant p : a.in) {
            byHousehold.computeIfAbsent(p.host().householdKey(), k -> new ArrayList<>()).add(p);
        }
        int key = SynthFiles.TRUTH_PERSONS_HEADER.indexOf("person_key");
        int household = SynthFiles.TRUTH_PERSONS_HEADER.indexOf("household_key");
        rewrite(a.dir.resolve(SynthFiles.TRUTH_PERSONS), ',', false, SynthFiles.TRUTH_PERSONS_HEADER, new Editor() {
            String family;

            @Override
            public void row(List<String> r, CsvSink out) throws IOException {
                if (family != null && !family.equals(r.get(household))) {
                    end(out);
                }
                if (family == null && byHousehold.containsKey(r.get(household))) {
                    family = r.get(household);
                }
                if (!leaving.contains(r.get(key))) {
                    out.row(r.toArray(new String[0]));
                }
            }

            @Override
            public void end(CsvSink out) throws IOException {
                if (family == null) {
                    return;
                }
                for (Plant p : byHousehold.get(family)) {
                    List<String> d = p.from().leaving.get(p.row().personKey());
                    Host h = p.host();
                    out.row(d.get(DTKS_ID), "YA", h.householdKey(), d.get(11), h.kk(), d.get(12),
                            "PEREMPUAN".equals(d.get(15)) ? "P" : "L", d.get(13), d.get(16), FAMILI_LAIN, h.kode(),
                            h.desil(), h.desilBefore(), p.peristiwa(),
                            p.peristiwaDate() == null ? "" : p.peristiwaDate().toString(),
                            p.kind() == Kind.DIED ? p.peristiwaDate().toString() : "", "", "TIDAK",
                            "moved in from regency " + p.from().code + " (" + p.from().name + ") " + p.moveDate());
                }
                family = null;
            }
        });
    }

    private void rewriteFlags(Area a) throws IOException {
        Set<String> noLongerLost = new HashSet<>();
        for (Plant p : a.out) {
            if (p.kind() == Kind.MOVED_BEFORE) {
                noLongerLost.add(p.row().sourceFile() + "#" + p.row().sourceRow());
            }
        }
        rewrite(a.dir.resolve(SynthFiles.TRUTH_FLAGS), ',', false, SynthFiles.TRUTH_FLAGS_HEADER, new Editor() {
            @Override
            public void row(List<String> r, CsvSink out) throws IOException {
                if (!(r.get(0).startsWith("LOST_") && noLongerLost.contains(r.get(3) + "#" + r.get(4)))) {
                    out.row(r.toArray(new String[0]));
                }
            }

            @Override
            public void end(CsvSink out) throws IOException {
                for (Plant p : a.out) {
                    if (p.kind() != Kind.MOVED_BEFORE) {
                        Candidate c = p.row();
                        out.row(p.kind().expected, c.program(), label2, c.sourceFile(), Long.toString(c.sourceRow()),
                                c.personKey(), "", p.note(), "");
                    }
                }
            }
        });
    }

    private void rewriteDrops(Area a) throws IOException {
        rewrite(a.dir.resolve(SynthFiles.TRUTH_DROPS), ',', false, SynthFiles.TRUTH_DROPS_HEADER, new Editor() {
            @Override
            public void row(List<String> r, CsvSink out) throws IOException {
                out.row(r.toArray(new String[0]));
            }

            @Override
            public void end(CsvSink out) throws IOException {
                for (Plant p : a.out) {
                    if (p.kind() == Kind.MOVED_BEFORE) {
                        Candidate c = p.row();
                        out.row(c.program(), label2, c.sourceFile(), Long.toString(c.sourceRow()), c.personKey(),
                                p.kind().expected, p.moveDate().toString(), p.note());
                    }
                }
            }
        });
    }

    private void writeCrossRegency(Area a) throws IOException {
        try (CsvSink s = CsvSink.plain(a.dir, SynthFiles.TRUTH_CROSS_REGENCY, SynthFiles.TRUTH_CROSS_REGENCY_HEADER)) {
            for (Plant p : a.out) {
                crossRow(s, "OUT", p);
            }
            for (Plant p : a.in) {
                crossRow(s, "IN", p);
            }
        }
    }

    private void crossRow(CsvSink s, String direction, Plant p) throws IOException {
        Candidate c = p.row();
        List<String> d = p.from().leaving.get(c.personKey());
        s.row(direction, p.kind().expected, c.program(), label2, p.from().code, c.sourceFile(),
                Long.toString(c.sourceRow()), c.personKey(), d.get(11), d.get(12), d.get(13), p.to().code,
                p.host().householdKey(), p.host().kk(), p.host().kode(), p.peristiwa(),
                p.peristiwaDate() == null ? "" : p.peristiwaDate().toString(), p.moveDate().toString());
    }

    private void appendReadme(Area a, List<Area> areas) throws IOException {
        List<String> others = new ArrayList<>();
        for (Area b : areas) {
            if (b != a) {
                others.add(b.code + " (" + b.name + ")");
            }
        }
        Files.writeString(a.dir.resolve(SynthFiles.TRUTH_README), TruthReadme.crossRegencyText(a.code, a.name,
                String.join(", ", others), label1, label2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    // ---------------------------------------------------------------------------------------------------------
    // files
    // ---------------------------------------------------------------------------------------------------------

    /** Receives the data rows of a file being rewritten, in order, and writes what should stay or come. */
    private interface Editor {
        void row(List<String> row, CsvSink out) throws IOException;

        /** After the last row. */
        void end(CsvSink out) throws IOException;
    }

    /** Rewrites a file the generator wrote (UTF-8, LF, no BOM) through the editor, with the generator's writer. */
    private static void rewrite(Path file, char delimiter, boolean quoteAll, List<String> header, Editor editor)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format);
             CsvSink out = new CsvSink(tmp, file.getFileName().toString(), delimiter, StandardCharsets.UTF_8, "\n",
                     quoteAll, false, header)) {
            boolean first = true;
            for (CSVRecord r : parser) {
                if (first) {
                    first = false;
                    if (!r.toList().equals(header)) {
                        throw new IOException(file + ": unexpected header " + r.toList());
                    }
                    continue;
                }
                editor.row(r.toList(), out);
            }
            editor.end(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a file the generator wrote, by header name. */
    private static void read(Path file, char delimiter, Consumer<CSVRecord> each) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                each.accept(r);
            }
        }
    }
}
