package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.cli.Padan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three synthetic regencies with people moved between them, run as one job over all three: precision and recall per
 * flag against the planted truth of every regency, and every planted move found through the NIK index (a recipient
 * who moved away is GHOST_MOVED or GHOST_DECEASED, not GHOST_NOT_IN_DTKS; a lost recipient who moved is a drop).
 */
class RegenciesEndToEndTest {
    private static final List<String> REGENCIES = List.of("62.01", "62.02", "62.03");

    @TempDir
    Path dir;

    @Test
    void aProvinceJobFindsWhatEachRegencyPlantedAndEveryMoveBetweenThem() throws Exception {
        StringWriter out = new StringWriter();
        PrintWriter console = new PrintWriter(out, true);
        assertThat(Padan.execute(console, console, "synth", "--households", "700", "--seed", "31", "--regency",
                String.join(",", REGENCIES), "--out", dir.toString())).as(out.toString()).isZero();
        assertThat(Padan.execute(console, console, "run", dir.resolve("job.yaml").toString()))
                .as(out.toString()).isZero();

        Set<String> flagged = new HashSet<>();
        for (CSVRecord r : csv(dir.resolve("out/run-0001/cases.csv"))) {
            flagged.add(r.get("flag") + " " + r.get("regency") + " " + r.get("source_file") + ":" + r.get("source_row"));
        }
        Set<String> planted = new HashSet<>();
        Set<String> plantedMoves = new HashSet<>();
        Set<String> movedDrops = new HashSet<>();
        for (String regency : REGENCIES) {
            Path truth = dir.resolve(regency).resolve("truth");
            for (CSVRecord r : csv(truth.resolve("flags.csv"))) {
                planted.add(r.get("flag") + " " + regency + " " + r.get("source_file") + ":" + r.get("source_row"));
            }
            for (CSVRecord r : csv(truth.resolve("cross_regency.csv"))) {
                if (r.get("direction").equals("OUT")) {
                    String key = r.get("expected") + " " + regency + " " + r.get("source_file") + ":"
                            + r.get("source_row");
                    if (r.get("expected").equals("MOVED")) {
                        movedDrops.add(regency + " " + r.get("source_file") + ":" + r.get("source_row"));
                    } else {
                        plantedMoves.add(key);
                    }
                }
            }
        }
        assertThat(plantedMoves).hasSizeGreaterThanOrEqualTo(12);
        assertThat(flagged).as("every recipient planted as moved to or died in another regency")
                .containsAll(plantedMoves);

        Map<String, int[]> counts = new TreeMap<>(); // flag -> {true positives, planted, flagged}
        for (String key : planted) {
            int[] c = counts.computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new int[3]);
            c[1]++;
            if (flagged.contains(key)) {
                c[0]++;
            }
        }
        for (String key : flagged) {
            counts.computeIfAbsent(key.substring(0, key.indexOf(' ')), k -> new int[3])[2]++;
        }
        StringBuilder table = new StringBuilder();
        counts.forEach((flag, c) -> table.append(String.format(Locale.ROOT, "%-26s planted %5d flagged %5d "
                + "precision %.3f recall %.3f%n", flag, c[1], c[2], ratio(c[0], c[2]), ratio(c[0], c[1]))));
        System.out.print(table);
        assertThat(counts).as("every flag code of the contract is planted").hasSize(11);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            // complaints are resolved from free text, about 0.96-0.98 over many seeds; here some 17 are planted,
            // so one miss alone is 0.94
            double least = e.getKey().equals("COMPLAINT_NOT_IN_DTKS") ? 0.90 : FlagsEndToEndTest.MIN_PRECISION;
            assertThat(ratio(c[0], c[2])).as(e.getKey() + " precision\n" + table).isGreaterThanOrEqualTo(least);
            assertThat(ratio(c[0], c[1])).as(e.getKey() + " recall\n" + table).isGreaterThanOrEqualTo(least);
        }

        // the previous-period recipients who moved away are legitimate drops with the other regency named
        Set<String> drops = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("warehouse/synth.duckdb"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT i.regency, p.source_file, p.source_row, d.reason, d.note "
                        + "FROM drops d JOIN person_std p ON p.record_id = d.record_id "
                        + "JOIN partition_imports i ON i.import_id = p.import_id AND i.owned ORDER BY ALL")) {
            while (rs.next()) {
                if (rs.getString(4).equals("MOVED") && rs.getString(5).startsWith("pindah ke ")) {
                    drops.add(rs.getString(1) + " " + rs.getString(2) + ":" + rs.getLong(3));
                }
            }
        }
        assertThat(movedDrops).isNotEmpty();
        assertThat(drops).containsAll(movedDrops);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
