package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.padan.job.JobDefinition;
import id.padan.link.Explainer;
import id.padan.link.LinkModel;
import id.padan.link.LinkTasklet;
import id.padan.link.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The link step on the committed sample: its tables, its summary, its explanations and ID-first linking. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkStageTest {
    @TempDir
    static Path dir;

    Path job;
    Path warehouse;
    TestProject.Result run;

    @BeforeAll
    void runTheSampleJob() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        job = project.sampleJob("t-link");
        run = TestProject.padan("run", job.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        warehouse = dir.resolve("work/t-link.duckdb");
    }

    @Test
    void printsTheLinkSummaryPerSource() {
        assertThat(run.out())
                .contains("links to DTKS per source (MATCH / POSSIBLE / NONE; by ID DTKS):")
                .containsPattern("pkh_2026_t1\\.csv +match +\\d+ +possible +\\d+ +none +\\d+")
                .contains("duplicates within a list:");
    }

    @Test
    void everyNonRegistryRecordHasOneLinkRowAndEveryRecordACluster() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM links"))
                    .isEqualTo(count(s, "SELECT count(*) FROM person_std WHERE source_kind <> 'dtks'"));
            assertThat(count(s, "SELECT count(DISTINCT record_id) FROM links")).isEqualTo(count(s, "SELECT count(*) FROM links"));
            assertThat(count(s, "SELECT count(*) FROM links WHERE decision NOT IN ('MATCH', 'POSSIBLE', 'NONE')")).isZero();
            assertThat(count(s, "SELECT count(*) FROM links WHERE decision = 'NONE' AND dtks_record_id IS NOT NULL")).isZero();
            assertThat(count(s, "SELECT count(*) FROM links l JOIN person_std p ON p.record_id = l.dtks_record_id "
                    + "WHERE p.source_kind <> 'dtks' OR p.id_dtks IS DISTINCT FROM l.id_dtks")).isZero();
            assertThat(count(s, "SELECT count(*) FROM links WHERE decision = 'MATCH' AND match_probability < 0.9 "
                    + "AND match_key <> 'ID_DTKS'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM links WHERE explanation IS NULL")).isZero();
            assertThat(count(s, "SELECT count(*) FROM links WHERE explanation LIKE 'NIK: % · nama: % · tgl lahir: %'"))
                    .isGreaterThan(900);
            assertThat(count(s, "SELECT count(*) FROM clusters")).isEqualTo(count(s, "SELECT count(*) FROM person_std"));
            assertThat(count(s, "SELECT count(*) FROM (SELECT cluster_id FROM clusters GROUP BY cluster_id "
                    + "HAVING count(DISTINCT import_id) > 1 OR count(*) <> any_value(cluster_size) "
                    + "OR min(record_id) <> cluster_id)")).isZero();
            assertThat(count(s, "SELECT count(*) FROM clusters WHERE cluster_size > 1")).isPositive();
        }
        assertThat(dir.resolve("work/t-link.link-model.json")).exists();
    }

    /** The waterfall is recomputed in Java from the model; it must give the weight SQL stored for every link. */
    @Test
    void explainerWeightsAgreeWithTheScoresComputedInSql() throws Exception {
        LinkModel model = ModelFile.read(dir.resolve("work/t-link.link-model.json"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT record_id, dtks_record_id, match_weight, match_probability "
                        + "FROM links WHERE dtks_record_id IS NOT NULL ORDER BY record_id")) {
            Explainer explainer = new Explainer(c, model);
            int checked = 0;
            while (rs.next()) {
                List<Explainer.Step> steps = explainer.waterfall(rs.getLong(1), rs.getLong(2));
                double weight = steps.get(steps.size() - 1).total();
                assertThat(weight).as("record %d", rs.getLong(1)).isCloseTo(rs.getDouble(3), within(1e-9));
                assertThat(LinkModel.probability(weight)).isCloseTo(rs.getDouble(4), within(1e-12));
                checked++;
            }
            assertThat(checked).isGreaterThan(900);
        }
    }

    @Test
    void explainPrintsTheWaterfallWithAMaskedNik() {
        TestProject.Result explain = TestProject.padan("explain", job.toString(), "--record", "pkh_2026_t1.csv:1");
        assertThat(explain.exitCode()).as(explain.all()).isZero();
        assertThat(explain.out())
                .containsPattern("pkh_2026_t1\\.csv row 1: .*, NIK \\d{6}\\*{6}\\d{4}")
                .contains("decision MATCH")
                .containsPattern("prior +dua catatan acak sama orang +-\\d+\\.\\d\\d")
                .containsPattern("nik +NIK: \\S+")
                .contains("match weight");
        TestProject.Result bad = TestProject.padan("explain", job.toString(), "--record", "pkh_2026_t1.csv:0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("FILE:ROW");
    }

    /**
     * Rows that carry an ID DTKS: linked on it when name and birth date fit, not when both clearly differ; a NIK
     * that belongs to a registry person with another name and birth date does not link on the NIK alone.
     */
    @Test
    void idDtksFirstUnlessNameAndBirthDateClearlyDisagree() throws Exception {
        Path copy = dir.resolve("id-first.duckdb");
        Files.copy(warehouse, copy);
        LinkModel model = ModelFile.read(dir.resolve("work/t-link.link-model.json"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement s = c.createStatement()) {
            long registry = count(s, "SELECT min(record_id) FROM person_std WHERE source_kind = 'dtks' "
                    + "AND tanggal_lahir < DATE '2000-01-01' AND nik IS NOT NULL");
            insertCopy(c, registry, 999_000_000_001L, "id_dtks", "nik := NULL, no_kk := NULL");
            insertCopy(c, registry, 999_000_000_002L, "id_dtks", "nik := NULL, no_kk := NULL, "
                    + "nama_std := 'BAMBANG PAMUNGKAS', nama_tokens := 'BAMBANG PAMUNGKAS', "
                    + "tanggal_lahir := DATE '2019-02-03'");
            insertCopy(c, registry, 999_000_000_003L, "NULL", "no_kk := NULL, kode_wilayah := NULL, "
                    + "nama_std := 'BAMBANG PAMUNGKAS', nama_tokens := 'BAMBANG PAMUNGKAS', "
                    + "tanggal_lahir := DATE '2019-02-03', nama_ibu_std := NULL, rt := NULL, rw := NULL");
            c.setAutoCommit(false);
            LinkTasklet.link(c, JobDefinition.Linking.DEFAULT, new LinkTasklet.Thresholds(0.9, 0.5), model);
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("SELECT record_id, decision, match_key, dtks_record_id, explanation, "
                    + "nik_owner_record_id FROM links WHERE record_id > 999000000000 ORDER BY record_id")) {
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("MATCH");
                assertThat(rs.getString(3)).isEqualTo("ID_DTKS");
                assertThat(rs.getLong(4)).isEqualTo(registry);
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("NONE");
                assertThat(rs.getString(3)).isNull();
                assertThat(rs.getObject(4)).isNull();
                assertThat(rs.getString(5)).startsWith("ID DTKS milik orang lain (nama & tgl lahir beda)");
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("NONE");
                assertThat(rs.getObject(4)).isNull();
                assertThat(rs.getLong(6)).isEqualTo(registry);
                assertThat(rs.getString(5)).contains("NIK milik orang lain di DTKS");
            }
        }
    }

    /** Adds a recipient-list copy of a registry row, with its ID DTKS column and other columns as given. */
    private static void insertCopy(Connection c, long from, long recordId, String idDtks, String changes)
            throws SQLException {
        String replace = "record_id := ?, import_id := 999, source_kind := 'recipients', source_file := 'desa.csv', "
                + "source_row := ?, id_dtks := " + idDtks + ", " + changes;
        String sql = "INSERT INTO person_std SELECT * REPLACE (" + toReplaceList(replace) + ") FROM person_std "
                + "WHERE record_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, recordId);
            ps.setLong(2, recordId % 1000);
            ps.setLong(3, from);
            ps.execute();
        }
    }

    /** {@code a := x, b := y} as DuckDB's {@code x AS a, y AS b}. */
    private static String toReplaceList(String assignments) {
        StringBuilder out = new StringBuilder();
        for (String part : assignments.split(", (?=[a-z_]+ :=)")) {
            String[] sides = part.split(" := ", 2);
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(sides[1]).append(" AS ").append(sides[0]);
        }
        return out.toString();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
