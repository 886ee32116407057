package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiSynthTest {
    static final List<String> CODES = List.of("62.01", "62.02", "62.06");
    static final Charset UTF8 = StandardCharsets.UTF_8;

    Path dir;
    MultiSynthReport report;
    RegionTable regions;

    @BeforeAll
    void generate() throws IOException {
        regions = TestRegions.get();
        dir = TestDirs.create("synth-multi");
        report = new MultiSynthesizer(regions).run(MultiSynthOptions.of(CODES, 1_200, 3L, dir));
    }

    @AfterAll
    void cleanUp() throws IOException {
        TestDirs.delete(dir);
    }

    Tables table(String code, String file) throws IOException {
        Path p = dir.resolve(code).resolve(file);
        boolean excel = file.startsWith("pkh_") && file.endsWith("_t2.csv");
        return Tables.read(p, excel ? Charset.forName("windows-1252") : UTF8,
                file.startsWith("dtks_") ? '|' : excel ? ';' : ',');
    }

    Map<String, Map<String, String>> dtksById(String code) throws IOException {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (Map<String, String> r : table(code, SynthFiles.dtks(code)).rows) {
            m.put(r.get("ID DTKS"), r);
        }
        return m;
    }

    @Test
    void sameOptionsGiveTheSameBytesAndTheSeedIsUsed() throws Exception {
        Path again = TestDirs.create("synth-multi-again");
        Path other = TestDirs.create("synth-multi-other");
        try {
            new MultiSynthesizer(regions).run(MultiSynthOptions.of(CODES, 1_200, 3L, again));
            new MultiSynthesizer(regions).run(MultiSynthOptions.of(CODES, 1_200, 4L, other));
            Map<String, String> first = SynthDeterminismTest.digests(dir);
            assertThat(SynthDeterminismTest.digests(again)).isEqualTo(first);
            // 3 x (9 inputs, 7 truth CSVs, README) + regencies.txt + job.yaml
            assertThat(first).hasSize(3 * 17 + 2).containsKeys("62.02/truth/cross_regency.csv", "regencies.txt",
                    "job.yaml");
            assertThat(SynthDeterminismTest.digests(other).get("62.01/dtks_62.01.txt"))
                    .isNotEqualTo(first.get("62.01/dtks_62.01.txt"));
        } finally {
            TestDirs.delete(again);
            TestDirs.delete(other);
        }
    }

    @Test
    void eachRegencyIsWhatARunOfItsOwnWritesExceptWhereMovesWerePlanted() throws Exception {
        MultiSynthOptions o = MultiSynthOptions.of(CODES, 1_200, 3L, dir);
        Path alone = TestDirs.create("synth-multi-alone");
        try {
            SynthOptions one = o.forRegency("62.02").withOutDir(alone);
            new Synthesizer(regions).run(one);
            Map<String, String> single = SynthDeterminismTest.digests(alone);
            Map<String, String> within = SynthDeterminismTest.digests(dir.resolve("62.02"));
            Set<String> touched = Set.of("dtks_62.02.txt", "truth/persons.csv", "truth/flags.csv", "truth/drops.csv",
                    "truth/README.txt", "truth/cross_regency.csv");
            for (Map.Entry<String, String> e : single.entrySet()) {
                if (!touched.contains(e.getKey())) {
                    assertThat(within.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
                }
            }
            assertThat(Files.readString(dir.resolve("62.02/truth/README.txt")))
                    .startsWith(Files.readString(alone.resolve("truth/README.txt")));
        } finally {
            TestDirs.delete(alone);
        }
        assertThat(MultiSynthOptions.regencySeed(3L, "62.01")).isNotEqualTo(MultiSynthOptions.regencySeed(3L, "62.02"))
                .isNotEqualTo(3L);
    }

    @Test
    void noNikKkOrIdDtksIsSharedByTwoRegencies() throws IOException {
        Set<String> niks = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> regencyOfKk = new HashMap<>();
        long rows = 0;
        for (String code : CODES) {
            for (Map<String, String> r : table(code, SynthFiles.dtks(code)).rows) {
                assertThat(niks.add(r.get("NOMOR NIK"))).as("NIK %s once", r.get("NOMOR NIK")).isTrue();
                assertThat(ids.add(r.get("ID DTKS"))).as("ID DTKS %s once", r.get("ID DTKS")).isTrue();
                String before = regencyOfKk.putIfAbsent(r.get("NOMOR KK"), code);
                assertThat(before == null || before.equals(code)).as("KK %s in one regency", r.get("NOMOR KK"))
                        .isTrue();
                rows++;
            }
        }
        assertThat(rows).isEqualTo(report.persons());
    }

    @Test
    void everyPlantedMoveAgreesWithTheDtksOfBothRegencies() throws IOException {
        Map<String, Map<String, Map<String, String>>> dtks = new HashMap<>();
        for (String code : CODES) {
            dtks.put(code, dtksById(code));
        }
        LocalDate t2 = SynthOptions.DEFAULT_PERIOD2;
        int checked = 0;
        for (String a : CODES) {
            Tables cross = table(a, SynthFiles.TRUTH_CROSS_REGENCY);
            Tables flags = table(a, SynthFiles.TRUTH_FLAGS);
            Tables drops = table(a, SynthFiles.TRUTH_DROPS);
            Set<String> otherCodes = new HashSet<>(CODES);
            otherCodes.remove(a);
            Set<String> pairs = new HashSet<>();
            for (Map<String, String> c : cross.rows) {
                if (c.get("direction").equals("IN")) {
                    assertThat(c.get("to_regency")).isEqualTo(a);
                    assertThat(table(c.get("from_regency"), SynthFiles.TRUTH_CROSS_REGENCY).rows).as("mirrored")
                            .anySatisfy(m -> assertThat(m.get("person_key")).isEqualTo(c.get("person_key")));
                    continue;
                }
                String b = c.get("to_regency");
                pairs.add(b + " " + c.get("expected"));
                String key = c.get("person_key");
                assertThat(c.get("from_regency")).isEqualTo(a);
                assertThat(dtks.get(a)).as("gone from %s's DTKS", a).doesNotContainKey(key);
                for (String other : otherCodes) {
                    assertThat(dtks.get(other).containsKey(key)).as("in %s only", b).isEqualTo(other.equals(b));
                }
                Map<String, String> there = dtks.get(b).get(key);
                assertThat(there.get("NOMOR NIK")).isEqualTo(c.get("nik")).startsWith(a.replace(".", ""));
                assertThat(there.get("NAMA")).isEqualTo(c.get("nama"));
                assertThat(there.get("TANGGAL LAHIR")).isEqualTo(c.get("tanggal_lahir"));
                assertThat(there.get("KODE WILAYAH")).startsWith(b.replace(".", ""))
                        .isEqualTo(c.get("to_kode_wilayah"));
                assertThat(there.get("NOMOR KK")).isEqualTo(c.get("to_no_kk"));
                assertThat(there.get("HUBUNGAN KELUARGA")).isEqualTo("FAMILI LAIN");
                assertThat(there.get("PERISTIWA")).isEqualTo(c.get("peristiwa"));

                // the row in A's list carries the NIK that is now only in B's DTKS
                Map<String, String> row = table(a, c.get("source_file")).row(Long.parseLong(c.get("source_row")));
                assertThat(row.get("NIK")).isEqualTo(c.get("nik"));
                String rowKey = c.get("source_file") + "#" + c.get("source_row");
                Set<String> flagsOnRow = new HashSet<>();
                for (Map<String, String> f : flags.rows) {
                    if ((f.get("source_file") + "#" + f.get("source_row")).equals(rowKey)) {
                        flagsOnRow.add(f.get("flag"));
                        assertThat(f.get("person_key")).isEqualTo(key);
                        assertThat(f.get("note")).contains("regency " + b);
                    }
                }
                switch (c.get("expected")) {
                    case "GHOST_MOVED" -> {
                        assertThat(c.get("source_file")).endsWith("_t2.csv");
                        assertThat(there.get("PERISTIWA")).isIn("", "DD");
                        assertThat(flagsOnRow).containsExactly("GHOST_MOVED");
                    }
                    case "GHOST_DECEASED" -> {
                        assertThat(c.get("source_file")).endsWith("_t2.csv");
                        assertThat(there.get("PERISTIWA")).isEqualTo("MD");
                        assertThat(LocalDate.parse(there.get("TANGGAL PERISTIWA"))).isBefore(t2);
                        assertThat(flagsOnRow).containsExactly("GHOST_DECEASED");
                    }
                    case "MOVED" -> {
                        assertThat(c.get("source_file")).endsWith("_t1.csv");
                        assertThat(flagsOnRow).as("no LOST_* case any more").isEmpty();
                        assertThat(drops.rows).anySatisfy(d -> {
                            assertThat(d.get("source_file") + "#" + d.get("source_row")).isEqualTo(rowKey);
                            assertThat(d.get("reason")).isEqualTo("MOVED");
                            assertThat(d.get("note")).contains("regency " + b);
                        });
                    }
                    default -> throw new AssertionError(c);
                }
                checked++;
            }
            for (String b : otherCodes) {
                assertThat(pairs).as("%s -> %s", a, b).contains(b + " GHOST_MOVED", b + " GHOST_DECEASED",
                        b + " MOVED");
            }
        }
        assertThat(checked).isEqualTo(report.moves().values().stream()
                .mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).sum());
    }

    @Test
    void theTopFolderNamesTheRegenciesAndHoldsAJobOverThem() throws IOException {
        assertThat(Files.readAllLines(dir.resolve(SynthFiles.REGENCIES))).containsExactlyElementsOf(CODES);
        String job = Files.readString(dir.resolve(SynthFiles.JOB));
        assertThat(job).contains("regencies: [\"62.01\", \"62.02\", \"62.06\"]", "partitions: {threads: 1}",
                "  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}");
        for (String code : CODES) {
            String id = code.replace(".", "");
            assertThat(job).contains("  - {id: dtks-" + id + ", kind: dtks, regency: \"" + code + "\", path: " + code
                    + "/dtks_" + code + ".txt}");
            assertThat(job).contains("  - {id: kip-t2-" + id + ", kind: recipients, regency: \"" + code
                    + "\", program: KIP, period: 2026-T2, path: " + code + "/kip_2026_t2.csv}");
            for (String line : job.lines().filter(l -> l.contains("path: " + code + "/")).toList()) {
                String path = line.replaceAll(".*path: ([^}]*)}", "$1");
                assertThat(dir.resolve(path)).as(line).exists();
                assertThat(line).contains("regency: \"" + code + "\"");
            }
        }
        assertThat(job.lines().filter(l -> l.startsWith("  - {id:")).count()).isEqualTo(9L * CODES.size());
    }

    @Test
    void aCodeTwiceOrASingleCodeIsNotSeveralRegencies() {
        assertThatThrownBy(() -> MultiSynthOptions.of(List.of("62.01", "6201"), 10, 1L, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("62.01 is given twice");
        assertThatThrownBy(() -> MultiSynthOptions.of(List.of("62.01"), 10, 1L, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    }
}
