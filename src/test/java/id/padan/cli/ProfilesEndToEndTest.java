package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.ingest.HeaderMapping;
import id.padan.ingest.LayoutChoice;
import id.padan.ingest.RowSource;
import id.padan.ingest.RowSources;
import id.padan.ingest.FormatOptions;
import id.padan.job.SourceKind;
import id.padan.synth.SynthLayout;
import id.padan.synth.SynthOptions;
import id.padan.synth.Synthesizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same synthetic population, written in every layout profile, gives the same person table after ingest and
 * standardize, except the columns whose source fields a profile lacks. Each profile is detected from its header
 * alone (the job names no profile), and the run names it per file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilesEndToEndTest {
    private static final int HOUSEHOLDS = 100;
    private static final long SEED = 11;
    private static final String REGENCY = "62.03";

    /**
     * The raw fields each person_std column is computed from. A column is compared when the default files and the
     * profile's files provide the same of these fields; otherwise the profile lacks (or adds) what it is made of.
     */
    private static final Map<String, List<String>> DEPENDS = new LinkedHashMap<>();
    /** Columns compared whenever both sides have any of these fields: derived by other means when a column is missing. */
    private static final Map<String, List<String>> DERIVED = new LinkedHashMap<>();

    static {
        DEPENDS.put("program", List.of());
        DEPENDS.put("periode", List.of());
        DEPENDS.put("id_dtks", List.of("id_dtks"));
        for (String column : List.of("nik_raw", "nik", "nik_birth_date", "nik_sex")) {
            DEPENDS.put(column, List.of("nik"));
        }
        // the NIK check compares the NIK's sex digit with JENIS KELAMIN when there is one
        DEPENDS.put("nik_status", List.of("nik", "jenis_kelamin"));
        DEPENDS.put("nik_reason", List.of("nik", "jenis_kelamin"));
        DEPENDS.put("no_kk", List.of("no_kk"));
        DEPENDS.put("kk_status", List.of("no_kk"));
        for (String column : List.of("nama_raw", "nama_std", "nama_tokens")) {
            DEPENDS.put(column, List.of("nama"));
        }
        DEPENDS.put("tanggal_lahir", List.of("tanggal_lahir"));
        DEPENDS.put("jenis_kelamin", List.of("jenis_kelamin"));
        DEPENDS.put("tempat_lahir", List.of("tempat_lahir"));
        DEPENDS.put("nama_ibu_std", List.of("nama_ibu"));
        // GIVEN, RESOLVED (from names or the address) or MISSING: depends on which of them a file has
        DEPENDS.put("wilayah_status", List.of("kode_wilayah", "desa", "kecamatan", "alamat"));
        // an address that carries RT/RW (village lists, OpenSID) is other text than one beside RT/RW columns
        DEPENDS.put("alamat", List.of("alamat", "rt"));
        DEPENDS.put("dusun", List.of("dusun", "alamat"));
        for (String own : List.of("hubungan_keluarga", "peristiwa", "tanggal_peristiwa", "desil", "pkh", "bpnt", "pbi",
                "kip", "keterangan_padan", "nisn", "no_kip", "kelas", "nama_sekolah", "tanggal_kematian")) {
            DEPENDS.put(own, List.of(own));
        }
        DEPENDS.put("nama_ayah_std", List.of("nama_ayah"));
        // regions are resolved from the names (or the address) when KODE WILAYAH is missing: still compared
        List<String> region = List.of("kode_wilayah", "desa", "kecamatan", "alamat");
        DERIVED.put("kode_wilayah", region);
        DERIVED.put("kecamatan", region);
        DERIVED.put("desa", region);
        // RT/RW are parsed out of the address when there are no RT/RW columns
        DERIVED.put("rt", List.of("rt", "alamat"));
        DERIVED.put("rw", List.of("rw", "alamat"));
    }

    @TempDir
    Path dir;

    private Map<String, Map<String, String>> reference;
    private Map<String, Set<String>> referenceFields;

    @BeforeAll
    void runTheDefaultLayout(@TempDir Path defaultDir) throws Exception {
        Run run = run(defaultDir, SynthLayout.DEFAULT);
        assertThat(run.result().exitCode()).as(run.result().all()).isZero();
        reference = run.persons();
        referenceFields = run.fields();
        assertThat(reference.size()).isGreaterThan(250);
    }

    @ParameterizedTest
    @EnumSource(value = SynthLayout.class, names = "DEFAULT", mode = EnumSource.Mode.EXCLUDE)
    void everyProfileGivesTheSamePersonTable(SynthLayout layout) throws Exception {
        Run run = run(dir.resolve(layout.id()), layout);
        assertThat(run.result().exitCode()).as(run.result().all()).isZero();
        for (String line : accountingLines(layout)) {
            assertThat(run.result().out()).as("accounting names the profile").contains(line);
        }

        assertThat(new java.util.TreeSet<>(run.persons().keySet())).as("the same rows")
                .isEqualTo(new java.util.TreeSet<>(reference.keySet()));
        Map<String, List<String>> mismatches = new TreeMap<>();
        Map<String, Integer> comparedPerColumn = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> row : reference.entrySet()) {
            String file = fileRole(row.getKey());
            Set<String> before = referenceFields.get(file);
            Set<String> after = run.fields().get(file);
            Map<String, String> actual = run.persons().get(row.getKey());
            for (String column : row.getValue().keySet()) {
                if (!compared(column, before, after)) {
                    continue;
                }
                comparedPerColumn.merge(column, 1, Integer::sum);
                String expected = row.getValue().get(column);
                if (!java.util.Objects.equals(expected, actual.get(column))) {
                    List<String> examples = mismatches.computeIfAbsent(column, c -> new ArrayList<>());
                    if (examples.size() < 4) {
                        examples.add(row.getKey() + ": " + expected + " -> " + actual.get(column));
                    }
                }
            }
        }
        assertThat(mismatches).as("columns that differ from the default layout's person table").isEmpty();
        assertThat(comparedPerColumn).as("what was compared").containsKeys("nama_std", "tanggal_lahir", "program",
                "periode");
        if (layout == SynthLayout.SIKS_NG_2021 || layout == SynthLayout.SIKS_NG_2022) {
            assertThat(comparedPerColumn).as("regions resolved from names equal the given codes")
                    .containsKeys("kode_wilayah", "desa", "rt", "nik_status");
        }
        if (layout == SynthLayout.VILLAGE || layout == SynthLayout.OPENSID) {
            assertThat(comparedPerColumn).as("RT/RW parsed out of the address equal the columns")
                    .containsKeys("rt", "rw", "kode_wilayah");
        }
        if (layout == SynthLayout.VILLAGE) {
            assertVillageIdsAreTheWrittenOnes(dir.resolve(layout.id()), run.persons());
        }
        if (layout == SynthLayout.DTSEN) {
            assertThat(comparedPerColumn).as("decile and region come from the families table")
                    .containsKeys("desil", "kode_wilayah", "peristiwa", "nik");
        }
    }

    /**
     * person_std.id_dtks of every village row is the registry person the row is (truth/links.csv), except the planted
     * conflicts (truth/traps.csv ID_DTKS_CONFLICT), which carry another registry person's id, as written; the sex,
     * written as 1/2 in one period and Lk/Pr in the other, reads as the person's.
     */
    private static void assertVillageIdsAreTheWrittenOnes(Path root, Map<String, Map<String, String>> persons)
            throws IOException {
        Path truth = root.resolve("data/truth");
        Map<String, String> conflicts = new HashMap<>();
        for (CSVRecord trap : csv(truth.resolve("traps.csv"))) {
            if (trap.get("trap").equals(id.padan.synth.SynthFiles.TRAP_ID_DTKS_CONFLICT)) {
                conflicts.put(trap.get("source_file") + "#" + trap.get("source_row"), trap.get("person_key"));
            }
        }
        assertThat(conflicts).as("planted conflicting ids").isNotEmpty();
        Set<String> registry = new HashSet<>();
        Map<String, String> sexOf = new HashMap<>();
        for (CSVRecord person : csv(truth.resolve("persons.csv"))) {
            if (person.get("in_dtks").equals("YA")) {
                registry.add(person.get("person_key"));
            }
            sexOf.put(person.get("person_key"), person.get("jenis_kelamin"));
        }
        int valid = 0;
        for (CSVRecord link : csv(truth.resolve("links.csv"))) {
            if (!link.get("source_file").startsWith("pkh_")) {
                continue;
            }
            String period = link.get("source_file").contains("_t1") ? "2026-T1" : "2026-T2";
            String key = "recipients PKH " + period + "#" + link.get("source_row");
            String id = persons.get(key).get("id_dtks");
            String where = link.get("source_file") + "#" + link.get("source_row");
            String truthKey = link.get("person_key").isEmpty() ? link.get("outside_key") : link.get("person_key");
            assertThat(persons.get(key).get("jenis_kelamin")).as(where + ": sex written as 1/2 or Lk/Pr")
                    .isEqualTo(sexOf.get(truthKey));
            if (conflicts.containsKey(where)) {
                assertThat(id).as(where).isNotEqualTo(link.get("person_key")).isIn(registry);
            } else if (!link.get("person_key").isEmpty()) {
                assertThat(id).as(where).isEqualTo(link.get("person_key"));
                valid++;
            } else {
                assertThat(id).as(where + " is not in the registry").isNull();
            }
        }
        assertThat(valid).as("rows with a valid id").isGreaterThan(conflicts.size() * 2);
    }

    /** The accounting line the run must print for the files a layout rewrites. */
    private static List<String> accountingLines(SynthLayout layout) {
        return switch (layout) {
            case DEFAULT -> List.of("dtks_62.03.txt: DTKS default layout (DESIGN.md), 25 columns");
            case SIKS_NG_2021 -> List.of("dtks_62.03.txt: SIKS-NG DTKS 2021, 17 columns", "no PERISTIWA", "no DESIL",
                    "no KODE WILAYAH");
            case SIKS_NG_2022 -> List.of("dtks_62.03.txt: SIKS-NG DTKS 2022, 23 columns");
            case DTSEN -> List.of("dtsen_anggota_62.03.csv: DTSEN members, 8 columns", "families joined from"
                    + " dtsen_keluarga_62.03.csv");
            case VILLAGE -> List.of("pkh_2026_t1.csv: Village recipient list with id_dtks, 12 columns",
                    "pkh_2026_t2.csv: Village recipient list with id_dtks, 12 columns");
            case OPENSID -> List.of("pkh_2026_t1.xlsx: OpenSID program bantuan workbook, 7 columns");
            case SIPINTAR -> List.of("kip_2026_t1.csv: SIPINTAR KIP/PIP list, 12 columns");
        };
    }

    private static boolean compared(String column, Set<String> before, Set<String> after) {
        if (DERIVED.containsKey(column)) {
            List<String> from = DERIVED.get(column);
            return from.stream().anyMatch(before::contains) && from.stream().anyMatch(after::contains);
        }
        List<String> from = DEPENDS.get(column);
        if (from == null) {
            return false;
        }
        for (String field : from) {
            if (before.contains(field) != after.contains(field)) {
                return false;
            }
        }
        return true;
    }

    /** "dtks#12" and "recipients PKH 2026-T1#3" name a row independently of the file's name. */
    private static String fileRole(String rowKey) {
        return rowKey.substring(0, rowKey.indexOf('#'));
    }

    record Run(TestProject.Result result, Map<String, Map<String, String>> persons, Map<String, Set<String>> fields) {
    }

    private static Run run(Path root, SynthLayout layout) throws Exception {
        Path data = root.resolve("data");
        new Synthesizer().run(SynthOptions.of(HOUSEHOLDS, SEED, REGENCY, data), layout);
        Path job = root.resolve("job.yaml");
        Files.writeString(job, jobYaml(layout));
        TestProject.Result result = TestProject.padan("run", job.toString());
        if (result.exitCode() != 0) {
            return new Run(result, Map.of(), Map.of());
        }
        return new Run(result, persons(root.resolve("work/profiles.duckdb")), fields(data, layout));
    }

    private static String jobYaml(SynthLayout layout) {
        String families = layout.familiesFile(REGENCY);
        StringBuilder yaml = new StringBuilder("name: profiles\nregency: \"" + REGENCY + "\"\n"
                + "warehouse: work/profiles.duckdb\noutput: out\nsources:\n"
                + "  - id: dtks\n    kind: dtks\n    path: data/" + layout.dtksFile(REGENCY) + "\n");
        if (families != null) {
            yaml.append("    families: data/").append(families).append('\n');
        }
        for (int period = 1; period <= 2; period++) {
            String pkh = layout.pkhFile("pkh_2026_t" + period + ".csv");
            yaml.append("  - id: pkh-t").append(period).append("\n    kind: recipients\n    path: data/").append(pkh)
                    .append('\n');
            if (layout == SynthLayout.OPENSID) {
                yaml.append("    program_sheet: Program\n");
            } else {
                yaml.append("    program: PKH\n    period: 2026-T").append(period).append('\n');
            }
            yaml.append("  - id: kip-t").append(period).append("\n    kind: recipients\n    program: KIP\n"
                    + "    period: 2026-T").append(period).append("\n    path: data/kip_2026_t").append(period)
                    .append(".csv\n");
        }
        yaml.append("  - id: deaths\n    kind: deaths\n    path: data/kematian_dukcapil.csv\n"
                + "periods:\n  2026-T1: {reference_date: 2026-03-31}\n"
                + "  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}\n");
        return yaml.toString();
    }

    /** person_std as text, keyed by source kind, program, period and row. */
    private static Map<String, Map<String, String>> persons(Path warehouse) throws Exception {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM person_std ORDER BY record_id")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                String key = rs.getString("source_kind") + (rs.getString("program") == null ? ""
                        : " " + rs.getString("program") + " " + rs.getString("periode")) + "#" + rs.getLong("source_row");
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    if (!Set.of("record_id", "import_id", "source_file", "source_kind", "source_row").contains(column)) {
                        row.put(column, rs.getString(i));
                    }
                }
                rows.put(key, row);
            }
        }
        return rows;
    }

    /** The canonical fields each file provides, by the same key prefix as {@link #persons}. */
    private static Map<String, Set<String>> fields(Path data, SynthLayout layout) throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        Set<String> dtks = mapped(data.resolve(layout.dtksFile(REGENCY)), SourceKind.DTKS);
        if (layout.familiesFile(REGENCY) != null) {
            dtks.addAll(List.of("provinsi", "kabupaten", "kecamatan", "desa", "kode_wilayah", "alamat", "rt", "rw",
                    "desil"));
        }
        fields.put("dtks", dtks);
        for (int period = 1; period <= 2; period++) {
            fields.put("recipients PKH 2026-T" + period,
                    mapped(data.resolve(layout.pkhFile("pkh_2026_t" + period + ".csv")), SourceKind.RECIPIENTS));
            fields.put("recipients KIP 2026-T" + period,
                    mapped(data.resolve("kip_2026_t" + period + ".csv"), SourceKind.RECIPIENTS));
        }
        fields.put("deaths", mapped(data.resolve("kematian_dukcapil.csv"), SourceKind.DEATHS));
        return fields;
    }

    private static Set<String> mapped(Path file, SourceKind kind) {
        try (RowSource source = RowSources.open(file, FormatOptions.defaults())) {
            HeaderMapping mapping = LayoutChoice.map(kind, source.header(), null, Map.of());
            return new HashSet<>(mapping.columns().keySet());
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                        .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
