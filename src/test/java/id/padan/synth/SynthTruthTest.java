package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generates a population once per configuration and checks the truth against the files: every planted case is
 * recomputed from the files and the truth by an independent reading of the DESIGN.md flag contract, and the two
 * must agree exactly, in both directions.
 */
class SynthTruthTest {

    /** 2,000 households, default periods and noise: the configuration the brief names. */
    @Nested
    class Default extends Check {
        @Override
        SynthOptions options(Path dir) {
            return SynthOptions.of(2_000, 20260101L, "62.03", dir);
        }
    }

    /** Full noise, another seed, periods across a year end with no new school year in between. */
    @Nested
    class FullNoiseAcrossYearEnd extends Check {
        @Override
        SynthOptions options(Path dir) {
            return new SynthOptions(1_500, 99L, "62.03", dir, LocalDate.of(2025, 11, 30), LocalDate.of(2026, 5, 31),
                    1.0);
        }
    }

    /** No noise at all, two years apart, a city. */
    @Nested
    class NoNoiseCity extends Check {
        @Override
        SynthOptions options(Path dir) {
            return new SynthOptions(1_500, 5L, "63.71", dir, LocalDate.of(2024, 6, 30), LocalDate.of(2026, 6, 30),
                    0.0);
        }
    }

    /**
     * One regency of a several-regency run, after people were moved between the regencies: the same checks hold,
     * with the contract's cross-regency rules (a current recipient found only in another regency's DTKS is
     * GHOST_MOVED, or GHOST_DECEASED when it says MD; a previous recipient found there is a drop MOVED).
     */
    @Nested
    class OneOfSeveralRegencies extends Check {
        @Override
        SynthOptions options(Path dir) {
            return new MultiSynthOptions(List.of("62.01", "62.03"), 2_000, 77L, dir, SynthOptions.DEFAULT_PERIOD1,
                    SynthOptions.DEFAULT_PERIOD2, SynthOptions.DEFAULT_NOISE).forRegency("62.03");
        }

        @Override
        SynthReport synthesize(SynthOptions o) throws IOException {
            MultiSynthReport all = new MultiSynthesizer(regions).run(new MultiSynthOptions(List.of("62.01", "62.03"),
                    o.households(), 77L, dir, o.period1Date(), o.period2Date(), o.noise()));
            for (Map<String, String> p : Tables.read(dir.resolve("62.01/truth/persons.csv"), UTF8, ',').rows) {
                if ("YA".equals(p.get("in_dtks"))) {
                    elsewhere.put(p.get("person_key"), p);
                }
            }
            return all.regencies().get(1);
        }

        @Test
        void movesOfEveryKindWentBothWays() {
            Set<String> kinds = new TreeSet<>();
            for (Map<String, String> c : crossRegency.rows) {
                kinds.add(c.get("direction") + " " + c.get("expected"));
            }
            assertThat(kinds).containsExactly("IN GHOST_DECEASED", "IN GHOST_MOVED", "IN MOVED", "OUT GHOST_DECEASED",
                    "OUT GHOST_MOVED", "OUT MOVED");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Check {
        static final Charset UTF8 = StandardCharsets.UTF_8;
        static final Charset CP1252 = Charset.forName("windows-1252");
        LocalDate T1;
        LocalDate T2;
        String P1;
        String P2;
        String K1;
        String K2;
        String L2;
        String DTKS;
        String REGENCY4;

        abstract SynthOptions options(Path dir);

        SynthReport synthesize(SynthOptions o) throws IOException {
            return new Synthesizer(regions).run(o);
        }

        /** The folder generated into; the regency's files are in {@code home} (the same, for one regency). */
        Path dir;
        Path home;
        /** DTKS persons of the other regencies, by person_key (several regencies only). */
        Map<String, Map<String, String>> elsewhere = new HashMap<>();
        Tables crossRegency;
        SynthReport report;
        RegionTable regions;
        Tables dtks;
        Tables pkh1;
        Tables pkh2;
        Tables kip1;
        Tables kip2;
        Tables complaints;
        Tables deaths;
        Tables pns;
        Tables population;
        Tables persons;
        Tables links;
        Tables flags;
        Tables drops;
        Tables complaintLinks;
        Map<String, Tables> byName = new HashMap<>();
        Map<String, Map<String, String>> personByKey = new HashMap<>();
        Map<String, String> dtksKeyByNik = new HashMap<>();
        Map<String, Map<String, String>> linkByRow = new HashMap<>();

        @BeforeAll
        void generate() throws IOException {
            regions = TestRegions.get();
            dir = TestDirs.create("synth-truth");
            SynthOptions o = options(dir);
            T1 = o.period1Date();
            T2 = o.period2Date();
            P1 = "pkh_" + T1.getYear() + "_t1.csv";
            P2 = "pkh_" + T2.getYear() + "_t2.csv";
            K1 = "kip_" + T1.getYear() + "_t1.csv";
            K2 = "kip_" + T2.getYear() + "_t2.csv";
            L2 = T2.getYear() + "-T2";
            DTKS = "dtks_" + o.regencyCode() + ".txt";
            REGENCY4 = o.regencyCode().replace(".", "").substring(0, 2);
            report = synthesize(o);
            home = report.outDir();
            dtks = Tables.read(home.resolve(DTKS), UTF8, '|');
            pkh1 = Tables.read(home.resolve(P1), UTF8, ',');
            pkh2 = Tables.read(home.resolve(P2), CP1252, ';');
            kip1 = Tables.read(home.resolve(K1), UTF8, ',');
            kip2 = Tables.read(home.resolve(K2), UTF8, ',');
            complaints = Tables.read(home.resolve("pengaduan_puskesos.csv"), UTF8, ',');
            deaths = Tables.read(home.resolve("kematian_dukcapil.csv"), UTF8, ',');
            pns = Tables.read(home.resolve("pns.csv"), UTF8, ',');
            population = Tables.read(home.resolve("penduduk_desa.csv"), UTF8, ',');
            persons = Tables.read(home.resolve("truth/persons.csv"), UTF8, ',');
            links = Tables.read(home.resolve("truth/links.csv"), UTF8, ',');
            flags = Tables.read(home.resolve("truth/flags.csv"), UTF8, ',');
            drops = Tables.read(home.resolve("truth/drops.csv"), UTF8, ',');
            complaintLinks = Tables.read(home.resolve("truth/complaint_links.csv"), UTF8, ',');
            if (Files.exists(home.resolve("truth/cross_regency.csv"))) {
                crossRegency = Tables.read(home.resolve("truth/cross_regency.csv"), UTF8, ',');
            }
            byName.put(P1, pkh1);
            byName.put(P2, pkh2);
            byName.put(K1, kip1);
            byName.put(K2, kip2);
            byName.put("pengaduan_puskesos.csv", complaints);
            for (Map<String, String> p : persons.rows) {
                String key = p.get("person_key");
                assertThat(personByKey.put(key, p)).as("person_key unique: %s", key).isNull();
                if ("YA".equals(p.get("in_dtks"))) {
                    dtksKeyByNik.put(p.get("nik"), key);
                }
            }
            for (Map<String, String> l : links.rows) {
                String k = l.get("source_file") + "#" + l.get("source_row");
                assertThat(linkByRow.put(k, l)).as("one link per row: %s", k).isNull();
            }
        }

        @AfterAll
        void cleanUp() throws IOException {
            TestDirs.delete(dir);
        }

        // ------------------------------------------------------------------ helpers

        static String clean(String nik) {
            return nik.replace("\u00A0", "").replace(" ", "").trim();
        }

        /** An independent NIK check: null when valid, else the reason. */
        String nikProblem(String raw, String sexLP) {
            String n = clean(raw);
            if (!n.matches("\\d{16}")) {
                return "shape";
            }
            if (!regions.isKecamatan(n.substring(0, 6))) {
                return "region";
            }
            int dd = Integer.parseInt(n.substring(6, 8));
            int mm = Integer.parseInt(n.substring(8, 10));
            int yy = Integer.parseInt(n.substring(10, 12));
            boolean female = dd > 40;
            int day = female ? dd - 40 : dd;
            boolean ok = false;
            for (int century : new int[]{1900, 2000}) {
                try {
                    LocalDate.of(century + yy, mm, day);
                    ok = true;
                } catch (RuntimeException e) {
                    // not a date in this century
                }
            }
            if (!ok) {
                return "date";
            }
            if (n.endsWith("0000")) {
                return "serial";
            }
            if (sexLP != null && female != "P".equals(sexLP)) {
                return "sex";
            }
            return null;
        }

        static String sexOfRow(Map<String, String> row) {
            String s = row.get("JENIS KELAMIN");
            if (s == null || s.isEmpty()) {
                return null;
            }
            return s.startsWith("P") ? "P" : "L";
        }

        static LocalDate date(String iso) {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        }

        Map<String, String> link(String file, long row) {
            Map<String, String> l = linkByRow.get(file + "#" + row);
            assertThat(l).as("link for %s row %d", file, row).isNotNull();
            return l;
        }

        static String identity(Map<String, String> link) {
            return link.get("person_key").isEmpty() ? link.get("outside_key") : link.get("person_key");
        }

        Map<String, Map<String, String>> deathsByNik() {
            Map<String, Map<String, String>> m = new HashMap<>();
            for (Map<String, String> d : deaths.rows) {
                m.put(d.get("NIK"), d);
            }
            return m;
        }

        static LocalDate dmy(String s) {
            String[] p = s.split("-");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }

        // ------------------------------------------------------------------ the oracle

        /** Every case the contract defines, recomputed: "FLAG|file|row" (+ group id for duplicates). */
        Set<String> oracle() {
            Set<String> out = new TreeSet<>();
            Map<String, Map<String, String>> deathList = deathsByNik();
            Set<String> pnsNiks = new HashSet<>();
            for (Map<String, String> p : pns.rows) {
                pnsNiks.add(p.get("NIK"));
            }
            for (String file : List.of(P2, K2)) {
                Tables t = byName.get(file);
                Map<String, List<Integer>> byIdentity = new HashMap<>();
                for (int r = 1; r <= t.size(); r++) {
                    Map<String, String> row = t.row(r);
                    Map<String, String> l = link(file, r);
                    byIdentity.computeIfAbsent(identity(l), k -> new ArrayList<>()).add(r);
                    String key = l.get("person_key");
                    String nik = row.get("NIK");
                    String sex = sexOfRow(row);
                    if (!clean(nik).isEmpty() && nikProblem(nik, sex) != null) {
                        out.add("GHOST_INVALID_NIK|" + file + "|" + r);
                    }
                    if (!clean(nik).isEmpty() && nikProblem(nik, sex) == null) {
                        String owner = dtksKeyByNik.get(clean(nik));
                        if (owner != null && !owner.equals(key)) {
                            out.add("GHOST_NIK_NAME_MISMATCH|" + file + "|" + r);
                        }
                    }
                    if (key.isEmpty()) {
                        out.add("GHOST_NOT_IN_DTKS|" + file + "|" + r);
                        continue;
                    }
                    Map<String, String> p = personByKey.get(key);
                    if (p == null) {
                        // not in this regency's DTKS at all, but in another's: moved there, or died there
                        Map<String, String> away = elsewhere.get(key);
                        assertThat(away).as("%s row %d is a DTKS person of some regency", file, r).isNotNull();
                        LocalDate died = "MD".equals(away.get("peristiwa")) ? date(away.get("tanggal_peristiwa")) : null;
                        out.add((died != null && !died.isAfter(T2) ? "GHOST_DECEASED|" : "GHOST_MOVED|") + file + "|"
                                + r);
                        continue;
                    }
                    LocalDate md = "MD".equals(p.get("peristiwa")) ? date(p.get("tanggal_peristiwa")) : null;
                    Map<String, String> d = deathList.get(p.get("nik"));
                    LocalDate listed = d == null ? null : dmy(d.get("TGL_KEMATIAN"));
                    if (md != null && md.isBefore(T2) || listed != null && listed.isBefore(T2)) {
                        out.add("GHOST_DECEASED|" + file + "|" + r);
                    }
                    if ("PD".equals(p.get("peristiwa"))) {
                        out.add("GHOST_MOVED|" + file + "|" + r);
                    }
                    if (Integer.parseInt(p.get("desil")) > 4) {
                        out.add("GHOST_NOT_ELIGIBLE|" + file + "|" + r);
                    }
                    if (pnsNiks.contains(p.get("nik"))) {
                        out.add("GHOST_CIVIL_SERVANT|" + file + "|" + r);
                    }
                }
                for (List<Integer> rows : byIdentity.values()) {
                    if (rows.size() > 1) {
                        for (int r : rows) {
                            out.add("GHOST_DUPLICATE|" + file + "|" + r);
                        }
                    }
                }
            }
            // LOST: previous row, person absent from the current list, still eligible
            for (String[] pair : new String[][]{{P1, P2, "LOST_PKH"}, {K1, K2, "LOST_KIP"}}) {
                Set<String> current = new HashSet<>();
                Tables t2 = byName.get(pair[1]);
                for (int r = 1; r <= t2.size(); r++) {
                    current.add(identity(link(pair[1], r)));
                }
                Tables t1 = byName.get(pair[0]);
                for (int r = 1; r <= t1.size(); r++) {
                    Map<String, String> l = link(pair[0], r);
                    String key = l.get("person_key");
                    if (key.isEmpty() || current.contains(key)) {
                        continue;
                    }
                    // someone now in another regency's DTKS moved: a drop, not a case
                    if (personByKey.containsKey(key) && eligibleAtT2(personByKey.get(key), deathList)
                            && (!pair[2].equals("LOST_KIP") || stillInSchool(personByKey.get(key), t1.row(r)))) {
                        out.add(pair[2] + "|" + pair[0] + "|" + r);
                    }
                }
            }
            for (Map<String, String> c : complaintLinks.rows) {
                if ("TIDAK".equals(c.get("subject_in_dtks"))) {
                    out.add("COMPLAINT_NOT_IN_DTKS|" + c.get("source_file") + "|" + c.get("source_row"));
                }
            }
            return out;
        }

        boolean eligibleAtT2(Map<String, String> p, Map<String, Map<String, String>> deathList) {
            if ("MD".equals(p.get("peristiwa")) || "PD".equals(p.get("peristiwa"))) {
                return false;
            }
            Map<String, String> d = deathList.get(p.get("nik"));
            if (d != null && dmy(d.get("TGL_KEMATIAN")).isBefore(T2)) {
                return false;
            }
            return Integer.parseInt(p.get("desil")) <= 4;
        }

        boolean stillInSchool(Map<String, String> p, Map<String, String> previousRow) {
            int age = Period.between(LocalDate.parse(p.get("tanggal_lahir")), T2).getYears();
            return age >= 6 && age <= 21 && Integer.parseInt(previousRow.get("KLS")) < 12;
        }

        // ------------------------------------------------------------------ tests

        @Test
        void truthFlagsAreExactlyTheCasesTheContractDefines() {
            Set<String> truth = new TreeSet<>();
            for (Map<String, String> f : flags.rows) {
                assertThat(truth.add(f.get("flag") + "|" + f.get("source_file") + "|" + f.get("source_row")))
                        .as("one truth row per flag and row: %s", f).isTrue();
            }
            Set<String> expected = oracle();
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(truth);
            Set<String> extra = new TreeSet<>(truth);
            extra.removeAll(expected);
            assertThat(missing).as("cases the contract defines but truth/flags.csv lacks").isEmpty();
            assertThat(extra).as("truth/flags.csv rows the contract does not define").isEmpty();
        }

        @Test
        void everyFlagPointsAtAnExistingRowOfTheRightFile() {
            for (Map<String, String> f : flags.rows) {
                String flag = f.get("flag");
                String file = f.get("source_file");
                long row = Long.parseLong(f.get("source_row"));
                Tables t = byName.get(file);
                assertThat(t).as("file of %s", f).isNotNull();
                assertThat(row).isBetween(1L, (long) t.size());
                if (flag.startsWith("LOST_")) {
                    assertThat(file).endsWith("_t1.csv");
                    assertThat(f.get("periode")).isEqualTo(L2);
                } else if (flag.startsWith("GHOST_")) {
                    assertThat(file).endsWith("_t2.csv");
                    assertThat(f.get("periode")).isEqualTo(L2);
                    assertThat(t.row(row).get("NO")).isEqualTo(Long.toString(row));
                } else {
                    assertThat(file).isEqualTo("pengaduan_puskesos.csv");
                }
                Map<String, String> l = link(file, row);
                if (!flag.startsWith("COMPLAINT_")) {
                    assertThat(f.get("person_key")).as("flag person is the row's person: %s", f)
                            .isEqualTo(l.get("person_key"));
                    assertThat(f.get("outside_key")).isEqualTo(l.get("outside_key"));
                }
                assertThat(f.get("program")).isIn("PKH", "KIP", "DTKS", "");
            }
        }

        @Test
        void plantedCountsCoverEveryFlagAndMatchTheTruth() {
            Map<String, Long> counted = new HashMap<>();
            for (Map<String, String> f : flags.rows) {
                counted.merge(f.get("flag"), 1L, Long::sum);
            }
            assertThat(report.plantedPerFlag().keySet()).containsExactlyElementsOf(SynthFiles.FLAGS);
            for (String flag : SynthFiles.FLAGS) {
                assertThat(report.plantedPerFlag().get(flag)).as(flag).isPositive();
                assertThat(counted.get(flag)).as(flag).isEqualTo(report.plantedPerFlag().get(flag));
            }
            for (String reason : SynthFiles.DROP_REASONS) {
                assertThat(report.dropsPerReason().get(reason)).as(reason).isPositive();
            }
            // both kinds of death: DTKS MD and death-list only
            Set<String> kinds = new HashSet<>();
            for (Map<String, String> f : flags.rows) {
                if (f.get("flag").equals("GHOST_DECEASED")) {
                    kinds.add(f.get("note").contains("death list only") ? "list" : "md");
                }
            }
            assertThat(kinds).containsExactlyInAnyOrder("list", "md");
            // rates stay "a few %" of the current lists
            long current = pkh2.size() + kip2.size();
            for (String flag : SynthFiles.FLAGS) {
                if (flag.startsWith("GHOST_") && !flag.equals("GHOST_DUPLICATE")) {
                    assertThat((double) report.plantedPerFlag().get(flag) / current).as(flag).isLessThan(0.05);
                }
            }
        }

        @Test
        void lostRowsAreAbsentFromTheCurrentPeriodAndDropsHaveTheirReason() {
            Map<String, Map<String, String>> deathList = deathsByNik();
            Set<String> currentPkh = new HashSet<>();
            Set<String> currentKip = new HashSet<>();
            for (Map<String, String> l : links.rows) {
                if (l.get("source_file").equals(P2)) {
                    currentPkh.add(identity(l));
                    currentPkh.add(l.get("household_key"));
                } else if (l.get("source_file").equals(K2)) {
                    currentKip.add(identity(l));
                }
            }
            Set<String> accounted = new HashSet<>();
            for (Map<String, String> f : flags.rows) {
                if (f.get("flag").startsWith("LOST_")) {
                    Map<String, String> l = link(f.get("source_file"), Long.parseLong(f.get("source_row")));
                    Set<String> current = f.get("flag").equals("LOST_PKH") ? currentPkh : currentKip;
                    assertThat(current).doesNotContain(l.get("person_key"));
                    if (f.get("flag").equals("LOST_PKH")) {
                        assertThat(current).as("the family, not only the pengurus, is gone").doesNotContain(
                                l.get("household_key"));
                    }
                    accounted.add(f.get("source_file") + "#" + f.get("source_row"));
                }
            }
            for (Map<String, String> d : drops.rows) {
                String file = d.get("source_file");
                long row = Long.parseLong(d.get("source_row"));
                Map<String, String> l = link(file, row);
                assertThat(l.get("person_key")).isEqualTo(d.get("person_key"));
                Set<String> current = file.startsWith("pkh") ? currentPkh : currentKip;
                assertThat(current).doesNotContain(d.get("person_key"));
                Map<String, String> p = personByKey.get(d.get("person_key"));
                if (p == null) {
                    assertThat(d.get("reason")).isEqualTo("MOVED");
                    assertThat(elsewhere).as("moved to another regency: %s", d).containsKey(d.get("person_key"));
                    accounted.add(file + "#" + row);
                    continue;
                }
                Map<String, String> prev = byName.get(file).row(row);
                switch (d.get("reason")) {
                    case "DIED" -> assertThat("MD".equals(p.get("peristiwa")) || deathList.containsKey(p.get("nik")))
                            .isTrue();
                    case "MOVED" -> assertThat(p.get("peristiwa")).isEqualTo("PD");
                    case "DECILE_ROSE" -> assertThat(Integer.parseInt(p.get("desil"))).isGreaterThan(4);
                    case "GRADUATED" -> assertThat(prev.get("KLS")).isEqualTo("12");
                    case "AGED_OUT" -> assertThat(Period.between(LocalDate.parse(p.get("tanggal_lahir")), T2).getYears())
                            .isGreaterThan(21);
                    default -> throw new AssertionError(d);
                }
                assertThat(eligibleAtT2(p, deathList) && (file.startsWith("pkh") || stillInSchool(p, prev)))
                        .as("a legitimate drop is not still eligible: %s", d).isFalse();
                accounted.add(file + "#" + row);
            }
            // every previous row missing from the current list is either a LOST case or a drop
            for (String[] pair : new String[][]{{P1, "P"}, {K1, "K"}}) {
                Tables t = byName.get(pair[0]);
                Set<String> current = pair[1].equals("P") ? currentPkh : currentKip;
                for (int r = 1; r <= t.size(); r++) {
                    Map<String, String> l = link(pair[0], r);
                    if (!current.contains(l.get("person_key"))) {
                        assertThat(accounted).as("%s row %d is missing from the current list without a reason",
                                pair[0], r).contains(pair[0] + "#" + r);
                    }
                }
            }
        }

        @Test
        void everyNikThatIsNotPlantedInvalidIsStructurallyValid() {
            Set<String> invalidRows = new HashSet<>();
            for (Map<String, String> f : flags.rows) {
                if (f.get("flag").equals("GHOST_INVALID_NIK")) {
                    invalidRows.add(f.get("source_file") + "#" + f.get("source_row"));
                }
            }
            int checked = 0;
            for (String file : List.of(P1, P2, K1, K2, "pengaduan_puskesos.csv")) {
                Tables t = byName.get(file);
                for (int r = 1; r <= t.size(); r++) {
                    String nik = t.row(r).get("NIK");
                    Map<String, String> l = link(file, r);
                    if (invalidRows.contains(file + "#" + r)) {
                        assertThat(l.get("nik_written")).isEqualTo("INVALID");
                        continue;
                    }
                    assertThat(l.get("nik_written")).isNotEqualTo("INVALID");
                    if (clean(nik).isEmpty()) {
                        assertThat(l.get("nik_written")).isEqualTo("BLANK");
                        continue;
                    }
                    assertThat(nikProblem(nik, sexOfRow(t.row(r)))).as("%s row %d NIK %s", file, r, nik).isNull();
                    Map<String, String> p = personByKey.getOrDefault(identity(l), elsewhere.get(identity(l)));
                    switch (l.get("nik_written")) {
                        case "SAME", "OWN" -> assertThat(clean(nik)).isEqualTo(p.get("nik"));
                        case "TYPO" -> {
                            assertThat(clean(nik)).isNotEqualTo(p.get("nik"));
                            assertThat(dtksKeyByNik).doesNotContainKey(clean(nik));
                            assertThat(differingDigits(clean(nik), p.get("nik"))).isBetween(1, 2);
                        }
                        case "BORROWED" -> {
                            String owner = dtksKeyByNik.get(clean(nik));
                            assertThat(owner).isNotNull().isNotEqualTo(identity(l));
                            Map<String, String> o = personByKey.get(owner);
                            assertThat(Math.abs(LocalDate.parse(o.get("tanggal_lahir")).getYear()
                                    - LocalDate.parse(p.get("tanggal_lahir")).getYear())).isGreaterThanOrEqualTo(3);
                            Set<String> a = new HashSet<>(Arrays.asList(o.get("nama").split(" ")));
                            a.retainAll(Arrays.asList(p.get("nama").split(" ")));
                            assertThat(a).as("lender and recipient share no name token").isEmpty();
                        }
                        default -> throw new AssertionError(l);
                    }
                    if (!l.get("nik_written").equals("BORROWED")) {
                        boolean female = clean(nik).charAt(6) >= '4';
                        assertThat(female).as("sex digit of %s row %d", file, r).isEqualTo(
                                "P".equals(p.get("jenis_kelamin")));
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(1000);
        }

        static final Pattern MOVED_IN = Pattern.compile("moved in from regency (\\d\\d\\.\\d\\d) ");

        static int differingDigits(String a, String b) {
            int n = 0;
            for (int i = 0; i < 16; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    n++;
                }
            }
            return n;
        }

        @Test
        void dtksIsInternallyConsistent() {
            Set<String> niks = new HashSet<>();
            Set<String> ids = new HashSet<>();
            Map<String, Set<String>> kkPerHousehold = new HashMap<>();
            for (Map<String, String> r : dtks.rows) {
                String nik = r.get("NOMOR NIK");
                assertThat(niks.add(nik)).as("NIK unique: %s", nik).isTrue();
                assertThat(ids.add(r.get("ID DTKS"))).isTrue();
                String sex = r.get("JENIS KELAMIN").equals("PEREMPUAN") ? "P" : "L";
                assertThat(nikProblem(nik, sex)).as(nik).isNull();
                LocalDate birth = LocalDate.parse(r.get("TANGGAL LAHIR"));
                int dd = Integer.parseInt(nik.substring(6, 8)) - (sex.equals("P") ? 40 : 0);
                assertThat(dd).isEqualTo(birth.getDayOfMonth());
                assertThat(Integer.parseInt(nik.substring(8, 10))).isEqualTo(birth.getMonthValue());
                assertThat(Integer.parseInt(nik.substring(10, 12))).isEqualTo(birth.getYear() % 100);
                // someone who moved in from another regency keeps the NIK of where they were first registered
                Matcher movedIn = MOVED_IN.matcher(personByKey.get(r.get("ID DTKS")).get("note"));
                String regency = movedIn.lookingAt() ? movedIn.group(1) : DTKS.substring(5, 10);
                assertThat(nik.substring(0, 4)).isEqualTo(regency.replace(".", ""));
                String kode = r.get("KODE WILAYAH");
                assertThat(regions.get(kode.substring(0, 2) + "." + kode.substring(2, 4) + "." + kode.substring(4, 6)
                        + "." + kode.substring(6))).isNotNull();
                String kk = r.get("NOMOR KK");
                assertThat(kk).matches("\\d{16}").doesNotEndWith("0000");
                assertThat(kk.substring(0, 6)).isEqualTo(kode.substring(0, 6));
                assertThat(r.get("DESIL")).matches("[1-9]|10");
                assertThat(r.get("PERISTIWA")).isIn("", "MD", "PD", "DD", "TT", "MM");
                assertThat(r.get("TANGGAL PERISTIWA").isEmpty()).isEqualTo(r.get("PERISTIWA").isEmpty());
                Map<String, String> p = personByKey.get(r.get("ID DTKS"));
                kkPerHousehold.computeIfAbsent(p.get("household_key"), k -> new HashSet<>()).add(kk);
                assertThat(p.get("nik")).isEqualTo(nik);
            }
            assertThat(kkPerHousehold.values()).allSatisfy(s -> assertThat(s).hasSize(1));
            assertThat(dtks.size()).isEqualTo((int) report.persons());
            assertThat(kkPerHousehold).hasSize((int) report.households());
            // ~10% of NIKs were first registered in another kecamatan of the regency
            long elsewhere = dtks.rows.stream().filter(r -> !r.get("NOMOR NIK").substring(0, 6)
                    .equals(r.get("KODE WILAYAH").substring(0, 6))).count();
            assertThat((double) elsewhere / dtks.size()).isBetween(0.05, 0.2);
            // deciles skewed towards 1..5
            long low = dtks.rows.stream().filter(r -> Integer.parseInt(r.get("DESIL")) <= 5).count();
            assertThat((double) low / dtks.size()).isGreaterThan(0.6);
        }

        @Test
        void programFlagsInDtksAgreeWithTheCurrentLists() {
            Set<String> pkhHouseholds = new HashSet<>();
            Set<String> kipPersons = new HashSet<>();
            for (Map<String, String> l : links.rows) {
                if (l.get("person_key").isEmpty()) {
                    continue;
                }
                if (l.get("source_file").equals(P2)) {
                    pkhHouseholds.add(l.get("household_key"));
                } else if (l.get("source_file").equals(K2)) {
                    kipPersons.add(l.get("person_key"));
                }
            }
            for (Map<String, String> r : dtks.rows) {
                Map<String, String> p = personByKey.get(r.get("ID DTKS"));
                assertThat(r.get("PKH")).isEqualTo(pkhHouseholds.contains(p.get("household_key")) ? "YA" : "TIDAK");
                assertThat(r.get("KIP")).isEqualTo(kipPersons.contains(r.get("ID DTKS")) ? "YA" : "TIDAK");
            }
        }

        @Test
        void complaintsAreMessyAndTheirTruthIsComplete() {
            assertThat(complaintLinks.size()).isEqualTo(complaints.size());
            int blankNik = 0;
            int informal = 0;
            int parentNamed = 0;
            int reporter = 0;
            int pmks = 0;
            int related = 0;
            for (int r = 1; r <= complaints.size(); r++) {
                Map<String, String> c = complaints.row(r);
                Map<String, String> cl = complaintLinks.row(r);
                assertThat(cl.get("source_row")).isEqualTo(Integer.toString(r));
                assertThat(cl.get("no_pendaftaran")).isEqualTo(c.get("NO_PENDAFTARAN"));
                Map<String, String> l = link("pengaduan_puskesos.csv", r);
                assertThat(l.get("person_key")).isEqualTo(cl.get("named_person_key"));
                assertThat(l.get("outside_key")).isEqualTo(cl.get("named_outside_key"));
                if (c.get("NIK").isEmpty()) {
                    blankNik++;
                }
                if (c.get("NAMA").matches("(BU|IBU|PAK|BAPAK|BPK\\.|NY\\.) .*")) {
                    informal++;
                }
                if (cl.get("named_role").equals("PARENT")) {
                    parentNamed++;
                    assertThat(c.get("HUBUNGAN_TERLAPOR")).isEqualTo("ORANG TUA");
                }
                if (cl.get("named_role").equals("REPORTER")) {
                    reporter++;
                }
                if (cl.get("pmks").equals("YA")) {
                    pmks++;
                    assertThat(c.get("KATEGORI")).isEqualTo("PMKS");
                }
                if (!cl.get("related_flag").isEmpty()) {
                    related++;
                    String file = cl.get("related_source_file");
                    long row = Long.parseLong(cl.get("related_source_row"));
                    Set<String> onRow = new HashSet<>();
                    for (Map<String, String> f : flags.rows) {
                        if (f.get("source_file").equals(file) && f.get("source_row").equals(Long.toString(row))) {
                            onRow.add(f.get("flag"));
                        }
                    }
                    assertThat(onRow).as("complaint %s points at a planted case", c.get("NO_PENDAFTARAN"))
                            .contains(cl.get("related_flag"));
                    assertThat(link(file, row).get("person_key")).isEqualTo(cl.get("subject_person_key"));
                }
                if (!cl.get("drop_reason").isEmpty()) {
                    boolean found = drops.rows.stream().anyMatch(d -> d.get("source_file").equals(
                            cl.get("related_source_file")) && d.get("source_row").equals(cl.get("related_source_row"))
                            && d.get("reason").equals(cl.get("drop_reason")));
                    assertThat(found).isTrue();
                }
            }
            assertThat(blankNik).isGreaterThan(complaints.size() / 4);
            assertThat(informal).isPositive();
            assertThat(parentNamed).isPositive();
            assertThat(reporter).isPositive();
            assertThat(pmks).isPositive();
            assertThat(related).isPositive();
        }

        @Test
        void populationPutsTheDtksShareAroundFortyPercent() {
            Map<String, Integer> dtksPerVillage = new HashMap<>();
            for (Map<String, String> r : dtks.rows) {
                dtksPerVillage.merge(r.get("KODE WILAYAH"), 1, Integer::sum);
            }
            List<Double> shares = new ArrayList<>();
            for (Map<String, String> r : population.rows) {
                int n = dtksPerVillage.getOrDefault(r.get("KODE_WILAYAH").replace(".", ""), 0);
                long popn = Long.parseLong(r.get("JUMLAH_PENDUDUK"));
                assertThat(popn).isGreaterThanOrEqualTo(n);
                if (n >= 20) {
                    shares.add((double) n / popn);
                }
            }
            assertThat(population.size()).isEqualTo(regions.regency(DTKS.substring(5, 10)).villages().size());
            double mean = shares.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            assertThat(mean).isBetween(0.35, 0.5);
            assertThat(shares.stream().filter(s -> s > 0.6).count()).isPositive();
        }
    }
}
