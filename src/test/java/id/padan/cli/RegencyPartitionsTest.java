package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job over two regencies against two jobs of one regency each, on synthetic data: the same cases, and the people
 * who left one regency for the other found through the NIK index instead of being called "not in DTKS".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegencyPartitionsTest {
    private static final String A = "62.03";
    private static final String B = "62.04";
    private static final int NIK = 11;
    private static final int PERISTIWA = 18;
    private static final int TANGGAL_PERISTIWA = 19;

    private Path root;

    /** NIKs of recipients in A's current PKH list taken out of A's registry and put into B's. */
    private String movedNik;
    private String diedNik;
    private Map<String, String> movedRow;
    private Map<String, String> diedRow;

    @BeforeAll
    void synthesizeAndPlant(@TempDir Path dir) throws IOException {
        root = dir;
        for (String[] regency : new String[][] {{A, "a", "21"}, {B, "b", "22"}}) {
            TestProject.Result synth = TestProject.padan("synth", "--households", "400", "--seed", regency[2],
                    "--regency", regency[0], "--out", root.resolve(regency[1]).toString());
            assertThat(synth.exitCode()).as(synth.all()).isZero();
        }
        List<String[]> candidates = plainCurrentPkhRows();
        movedRow = Map.of("file", candidates.get(0)[0], "row", candidates.get(0)[1]);
        diedRow = Map.of("file", candidates.get(1)[0], "row", candidates.get(1)[1]);
        movedNik = candidates.get(0)[2];
        diedNik = candidates.get(1)[2];
        moveBetweenRegistries(movedNik, null);
        moveBetweenRegistries(diedNik, "2026-05-02");
    }

    /** Rows of A's current PKH list written with the person's own NIK, without noise, and in no planted case. */
    private List<String[]> plainCurrentPkhRows() throws IOException {
        Path truth = root.resolve("a/truth");
        Set<String> flagged = new HashSet<>();
        for (CSVRecord r : csv(truth.resolve("flags.csv"))) {
            flagged.add(r.get("person_key"));
        }
        for (CSVRecord r : csv(truth.resolve("traps.csv"))) {
            flagged.add(r.get("person_key"));
        }
        Map<String, String> nikOf = new TreeMap<>();
        for (CSVRecord r : csv(truth.resolve("persons.csv"))) {
            nikOf.put(r.get("person_key"), r.get("nik"));
        }
        Map<String, Integer> rowsOfPerson = new TreeMap<>();
        List<CSVRecord> links = csv(truth.resolve("links.csv"));
        for (CSVRecord r : links) {
            rowsOfPerson.merge(r.get("person_key"), 1, Integer::sum);
        }
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord r : links) {
            String person = r.get("person_key");
            if (r.get("source_file").equals("pkh_2026_t2.csv") && r.get("nik_written").equals("SAME")
                    && r.get("noise").isEmpty() && !person.isEmpty() && !flagged.contains(person)
                    && rowsOfPerson.get(person) <= 2) {
                rows.add(new String[] {r.get("source_file"), r.get("source_row"), nikOf.get(person)});
            }
        }
        assertThat(rows).hasSizeGreaterThan(2);
        return rows;
    }

    /** Takes the person with this NIK out of A's registry export and adds them to B's, living in a village of B. */
    private void moveBetweenRegistries(String nik, String diedOn) throws IOException {
        Path fromFile = root.resolve("a/dtks_" + A + ".txt");
        Path toFile = root.resolve("b/dtks_" + B + ".txt");
        List<String> from = new ArrayList<>(Files.readAllLines(fromFile, StandardCharsets.UTF_8));
        List<String> to = new ArrayList<>(Files.readAllLines(toFile, StandardCharsets.UTF_8));
        String quotedNik = "\"" + nik + "\"";
        String line = from.stream().filter(l -> fields(l)[NIK].equals(quotedNik)).findFirst().orElseThrow();
        from.remove(line);
        String[] person = fields(line);
        String[] host = fields(to.get(1));
        // the address columns (PROVINSI .. RW) become those of a household of B
        System.arraycopy(host, 1, person, 1, 9);
        person[PERISTIWA] = diedOn == null ? "\"DD\"" : "\"MD\"";
        person[TANGGAL_PERISTIWA] = diedOn == null ? "\"2026-02-01\"" : "\"" + diedOn + "\"";
        to.add(String.join("|", person));
        Files.write(fromFile, from, StandardCharsets.UTF_8);
        Files.write(toFile, to, StandardCharsets.UTF_8);
    }

    private static String[] fields(String line) {
        return line.split("\\|", -1);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private Path job(String name, String regencies, boolean tagged, String extra, String... folders)
            throws IOException {
        StringBuilder yaml = new StringBuilder("name: " + name + "\n" + regencies + "\nwarehouse: w/" + name
                + ".duckdb\noutput: o/" + name + "\n" + extra + "sources:\n");
        for (String folder : folders) {
            String regency = folder.equals("a") ? A : B;
            String tag = tagged ? ", regency: \"" + regency + "\"" : "";
            yaml.append("  - {id: ").append(folder).append("-dtks, kind: dtks").append(tag).append(", path: ")
                    .append(folder).append("/dtks_").append(regency).append(".txt}\n");
            for (String program : List.of("pkh", "kip")) {
                for (String t : List.of("1", "2")) {
                    yaml.append("  - {id: ").append(folder).append('-').append(program).append(t)
                            .append(", kind: recipients, program: ").append(program.toUpperCase())
                            .append(", period: 2026-T").append(t).append(tag).append(", path: ").append(folder)
                            .append('/').append(program).append("_2026_t").append(t).append(".csv}\n");
                }
            }
            yaml.append("  - {id: ").append(folder).append("-complaints, kind: complaints").append(tag)
                    .append(", path: ").append(folder).append("/pengaduan_puskesos.csv}\n");
            for (String[] reference : new String[][] {{"deaths", "kematian_dukcapil.csv"},
                    {"civil_servants", "pns.csv"}, {"population", "penduduk_desa.csv"}}) {
                yaml.append("  - {id: ").append(folder).append('-').append(reference[0]).append(", kind: ")
                        .append(reference[0]).append(tag).append(", path: ").append(folder).append('/')
                        .append(reference[1]).append("}\n");
            }
        }
        yaml.append("periods:\n  2026-T1: {reference_date: 2026-03-31}\n"
                + "  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}\n");
        Path file = root.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private TestProject.Result run(Path job) {
        TestProject.Result result = TestProject.padan("run", job.toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        return result;
    }

    /**
     * cases.csv as one text per case, the columns joined by a tab; the regency that group ids carry in a joint run is
     * taken out, since separate runs number their groups alike.
     */
    private List<String> cases(String job) throws IOException {
        List<String> cases = new ArrayList<>();
        for (CSVRecord r : csv(root.resolve("o/" + job + "/run-0001/cases.csv"))) {
            List<String> values = new ArrayList<>(r.toList());
            values.set(r.getParser().getHeaderMap().get("group_id"),
                    r.get("group_id").replaceAll("^DUP-62\\d\\d-", "DUP-"));
            cases.add(String.join("\t", values));
        }
        return cases.stream().sorted().toList();
    }

    /** The flags of one recipient row of regency A (the same file names exist in B: A's NIKs start with its code). */
    private static Map<String, String> flagOf(List<String> cases, Map<String, String> row, String nik) {
        Map<String, String> flags = new TreeMap<>();
        for (String line : cases) {
            String[] f = line.split("\t", -1);
            if (f[4].equals(row.get("file")) && f[5].equals(row.get("row")) && f[6].equals(nik)) {
                flags.put(f[1], line);
            }
        }
        return flags;
    }

    @Test
    void aJobOverTwoRegenciesGivesTheCasesOfSeparateRunsThatShareTheIndex() throws IOException {
        TestProject.Result both = run(job("both", "regencies: [\"" + A + "\", \"" + B + "\"]", true,
                "partitions: {threads: 2}\n", "a", "b"));
        // each regency is linked and flagged as a partition of its own, its report printed whole
        assertThat(both.out()).contains("[" + A + "] links to DTKS per source").contains("[" + B + "] flags:");
        assertThat(root.resolve("w/both-nik-index/dtks-" + A + ".parquet")).exists();
        assertThat(root.resolve("w/both." + A + ".link-model.json")).exists();

        // regency B alone first (its index now holds the people who came from A), then A alone with B's index
        run(job("onlyb", "regency: \"" + B + "\"", false, "", "b"));
        run(job("onlya", "regency: \"" + A + "\"", false,
                "nik_index: {include: [w/onlyb-nik-index]}\n", "a"));
        List<String> separate = new ArrayList<>(cases("onlya"));
        separate.addAll(cases("onlyb"));
        assertThat(cases("both")).isNotEmpty().containsExactlyInAnyOrderElementsOf(separate);
    }

    @Test
    void recipientsWhoMovedToOrDiedInTheOtherRegencyAreFoundThroughTheIndex() throws IOException {
        run(job("joint", "regencies: [\"" + A + "\", \"" + B + "\"]", true, "partitions: {threads: 1}\n",
                "a", "b"));
        List<String> joint = cases("joint");
        Map<String, String> moved = flagOf(joint, movedRow, movedNik);
        assertThat(moved).containsOnlyKeys("GHOST_MOVED");
        TestProject.Result explain = TestProject.padan("explain", root.resolve("joint.yaml").toString(), "--record",
                movedRow.get("file") + ":" + movedRow.get("row"), "--regency", A);
        assertThat(explain.exitCode()).as(explain.all()).isZero();
        assertThat(explain.out()).contains("tidak ada kandidat yang mirip di DTKS");
        assertThat(TestProject.padan("explain", root.resolve("joint.yaml").toString(), "--record",
                movedRow.get("file") + ":" + movedRow.get("row")).err()).contains("add --regency");
        assertThat(moved.get("GHOST_MOVED")).contains("terdaftar di DTKS").contains("(" + B + ")").contains("(pindah)");
        Map<String, String> died = flagOf(joint, diedRow, diedNik);
        assertThat(died).containsOnlyKeys("GHOST_DECEASED");
        assertThat(died.get("GHOST_DECEASED")).contains("PERISTIWA MD 02-05-2026").contains("(" + B + ")");

        // each regency alone, without the other's index, cannot tell: both are not in A's registry
        run(job("alonea", "regency: \"" + A + "\"", false, "", "a"));
        run(job("aloneb", "regency: \"" + B + "\"", false, "", "b"));
        List<String> alone = new ArrayList<>(cases("alonea"));
        assertThat(flagOf(alone, movedRow, movedNik)).containsOnlyKeys("GHOST_NOT_IN_DTKS");
        assertThat(flagOf(alone, diedRow, diedNik)).containsOnlyKeys("GHOST_NOT_IN_DTKS");
        // and everything else is judged alike
        alone.addAll(cases("aloneb"));
        assertThat(without(joint, movedNik, diedNik)).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(without(alone, movedNik, diedNik));
    }

    private static List<String> without(List<String> cases, String... niks) {
        return cases.stream().filter(c -> java.util.Arrays.stream(niks).noneMatch(c::contains)).toList();
    }

    @Test
    void aJobOverSeveralRegenciesMustSayWhoseFilesAreWhose() throws IOException {
        TestProject.Result result = TestProject.padan("validate", job("untagged",
                "regencies: [\"" + A + "\", \"" + B + "\"]", false, "", "a").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.all()).contains("sources[0].regency")
                .contains("in a job over several regencies a dtks source must say which regency it belongs to");
    }
}
