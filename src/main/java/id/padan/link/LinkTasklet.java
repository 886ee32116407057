package id.padan.link;

import id.padan.job.JobDefinition;
import id.padan.job.Progress;
import id.padan.job.RunContext;
import id.padan.job.SourceKind;
import id.padan.warehouse.Tables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The link stage: every person record that is not a registry row is linked to its best DTKS/DTSEN candidate (or to
 * none), and the records of each list are grouped into people. It runs in one transaction that replaces
 * {@code links} and {@code clusters} whole, so a run killed during linking redoes it cleanly.
 */
public final class LinkTasklet implements Tasklet {
    private static final Logger LOG = Logger.getLogger(LinkTasklet.class.getName());
    static final String REGISTRY = "link_registry";
    static final String OTHERS = "link_others";
    static final String EVERYONE = "link_everyone";
    /** A record's file name and row: the same in any warehouse that loads the file. */
    static final String SAMPLE_KEY = "sample_key";
    /** Pairs less likely than this are not kept as a record's best candidate: nobody needs to read about them. */
    static final double CANDIDATE_FLOOR = 0.001;

    private final RunContext run;
    private final String regency;

    /** The link stage of one regency (null for a job that names none), run in that regency's schema. */
    public LinkTasklet(RunContext run, String regency) {
        this.run = run;
        this.regency = regency;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
        JobDefinition.Linking linking = run.job().linking();
        Thresholds thresholds = new Thresholds(run.job().thresholds().matchProbabilityOrDefault(),
                run.job().thresholds().possibleProbabilityOrDefault());
        LinkModel pinned = null;
        if (linking.model() != null) {
            Path file = run.paths().resolve(linking.model()).orElseThrow();
            LOG.info(() -> "using the pinned model " + file);
            pinned = ModelFile.read(file);
        }
        LinkModel model;
        try (Progress phases = run.progress(run.job().partitionRegencies().size() > 1 ? "link " + regency : "link", PHASES,
                "phases")) {
            model = link(connection, linking, thresholds, pinned, phases);
        }
        if (model == null) {
            run.console().println("no record met a DTKS record under any blocking rule: nothing linked");
        } else if (pinned == null) {
            // each regency trains its own model, as a run of that regency alone would
            ModelFile.write(model, ModelFile.nextTo(run.warehouse().file(),
                    run.job().partitionRegencies().size() > 1 ? regency : null));
        }
        printSummary(connection, run.console());
        contribution.incrementWriteCount(count(connection, Tables.LINKS));
        return RepeatStatus.FINISHED;
    }

    /** The laps of {@link #link}: its block, compare and score phases, for the progress of the step. */
    static final int PHASES = 10;

    /** Logs how long each phase took, for the benchmark. */
    private static final class Stopwatch {
        private final Progress progress;
        private long start = System.nanoTime();

        Stopwatch(Progress progress) {
            this.progress = progress;
        }

        void lap(String phase) {
            progress.step(1);
            long now = System.nanoTime();
            double seconds = (now - start) / 1e9;
            LOG.info(() -> String.format(Locale.ROOT, "%s: %.1f s", phase, seconds));
            start = now;
        }
    }

    /** Decision thresholds on match probability. */
    public record Thresholds(double match, double possible) {
    }

    /**
     * Replaces {@code links} and {@code clusters} from {@code person_std}, with the pinned model or one trained now,
     * and returns the model used (null when no pair of records met a blocking rule, so none could be trained).
     */
    public static LinkModel link(Connection connection, JobDefinition.Linking linking, Thresholds thresholds,
            LinkModel pinned) throws SQLException {
        return link(connection, linking, thresholds, pinned, Progress.none());
    }

    /** As above, stepping {@code phases} once per finished phase (of {@link #PHASES}). */
    static LinkModel link(Connection connection, JobDefinition.Linking linking, Thresholds thresholds,
            LinkModel pinned, Progress phases) throws SQLException {
        Stopwatch watch = new Stopwatch(phases);
        prepareInput(connection);
        watch.lap("prepare input");
        List<BlockingRule> rules = PersonLinking.rules(linking);
        LinkEngine link = new LinkEngine(connection, PersonLinking.COMPARISONS, rules, "link", OTHERS, REGISTRY, null)
                .sampledBy(SAMPLE_KEY);
        long linkPairs = java.util.Arrays.stream(link.block()).sum();
        watch.lap("link: block");
        if (linkPairs == 0 && pinned == null) {
            // nothing to learn from (e.g. a job with only the registry): every record is unlinked, every cluster single
            link.emptyScores();
            writeRuleNames(connection, rules);
            writeLinks(connection, link, thresholds);
            writeClusters(connection, List.of());
            link.dropWorkTables();
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE " + REGISTRY + "; DROP TABLE " + OTHERS + "; DROP TABLE " + EVERYONE
                        + "; DROP TABLE link_rules");
            }
            return null;
        }
        link.compare();
        watch.lap("link: compare");
        LinkModel model = pinned == null ? link.train(linking.seedOrDefault(),
                PersonLinking.trainingRules(linking, rules)) : pinned;
        watch.lap("link: train");
        link.score(model, PersonLinking::conflict);
        watch.lap("link: score");
        writeRuleNames(connection, rules);
        writeLinks(connection, link, thresholds);
        watch.lap("link: write links");

        List<BlockingRule> dedupeRules = PersonLinking.dedupeRules(linking, rules);
        LinkEngine dedupe = new LinkEngine(connection, PersonLinking.COMPARISONS, dedupeRules, "dedupe", EVERYONE,
                EVERYONE, "l.import_id = r.import_id");
        dedupe.block();
        watch.lap("dedupe: block");
        dedupe.compare();
        watch.lap("dedupe: compare");
        dedupe.score(model, PersonLinking::conflict);
        watch.lap("dedupe: score");
        List<Clusterer.Member> members = new Clusterer(thresholds.match(), thresholds.possible(),
                linking.maxClusterSizeOrDefault()).cluster(connection, dedupe.table("scored"));
        writeClusters(connection, members);
        watch.lap("dedupe: cluster and write");

        link.dropWorkTables();
        dedupe.dropWorkTables();
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE " + REGISTRY + "; DROP TABLE " + OTHERS + "; DROP TABLE " + EVERYONE
                    + "; DROP TABLE link_rules");
        }
        return model;
    }

    /** The columns the comparisons and blocking rules read, for the registry, the other records and everyone. */
    static void prepareInput(Connection connection) throws SQLException {
        String columns = "record_id AS id, import_id, hash(source_file, source_row) AS " + SAMPLE_KEY + ", id_dtks, nik, left(nik, 12) AS nik12, no_kk, nama_std, "
                + "nama_tokens, tanggal_lahir, jenis_kelamin, nama_ibu_std, kode_wilayah, rt, rw";
        String[][] sides = {{REGISTRY, "="}, {OTHERS, "<>"}};
        for (String[] side : sides) {
            try (PreparedStatement ps = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE " + side[0]
                    + " AS SELECT " + columns + " FROM " + Tables.PERSON_STD + " WHERE source_kind " + side[1] + " ?")) {
                ps.setString(1, SourceKind.DTKS.id());
                ps.execute();
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + EVERYONE + " AS SELECT " + columns + " FROM "
                    + Tables.PERSON_STD);
        }
    }

    static void writeRuleNames(Connection connection, List<BlockingRule> rules) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE link_rules (rule SMALLINT, name VARCHAR)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO link_rules VALUES (?, ?)")) {
            for (int i = 0; i < rules.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, rules.get(i).name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * One row per non-registry record. A pair found on the record's own ID DTKS wins unless name and birth date
     * clearly disagree; otherwise the best-scoring pair that does not clearly conflict. A conflicting ID DTKS or NIK
     * owner is named in the explanation.
     */
    static void writeLinks(Connection connection, LinkEngine engine, Thresholds thresholds) throws SQLException {
        String scored = engine.table("scored");
        String sql = "CREATE OR REPLACE TABLE " + Tables.LINKS + " AS "
                + "WITH best AS (SELECT s.*, s.rule = 0 AS by_id FROM " + scored + " s WHERE NOT s.conflict "
                + "  AND (s.rule = 0 OR s.match_probability >= ?) "
                + "  QUALIFY row_number() OVER (PARTITION BY s.id_l ORDER BY (s.rule = 0) DESC, s.match_weight DESC, "
                + "  s.id_r) = 1), "
                + "id_conflict AS (SELECT DISTINCT id_l FROM " + scored + " WHERE rule = 0 AND conflict), "
                + "owner AS (SELECT nik, min(id) AS owner_id FROM " + REGISTRY + " WHERE nik IS NOT NULL GROUP BY nik), "
                + "decided AS (SELECT o.id AS record_id, b.id_r, b.match_weight, b.match_probability, b.rule, "
                + "  b.explanation, w.owner_id, ic.id_l IS NOT NULL AS id_conflicted, "
                + "  CASE WHEN b.by_id THEN 'MATCH' WHEN b.match_probability >= ? THEN 'MATCH' "
                + "       WHEN b.match_probability >= ? THEN 'POSSIBLE' ELSE 'NONE' END AS decision "
                + "  FROM " + OTHERS + " o LEFT JOIN best b ON b.id_l = o.id LEFT JOIN owner w ON w.nik = o.nik "
                + "  LEFT JOIN id_conflict ic ON ic.id_l = o.id) "
                + "SELECT d.record_id, "
                + "  CASE WHEN d.decision <> 'NONE' THEN d.id_r END::BIGINT AS dtks_record_id, "
                + "  CASE WHEN d.decision <> 'NONE' THEN g.id_dtks END::VARCHAR AS id_dtks, "
                + "  d.match_weight, d.match_probability, d.decision, "
                + "  CASE WHEN d.decision <> 'NONE' THEN rn.name END::VARCHAR AS match_key, "
                + "  concat_ws(' · ', "
                + "    CASE WHEN d.id_conflicted THEN 'ID DTKS milik orang lain (nama & tgl lahir beda)' END, "
                + "    CASE WHEN d.owner_id IS NOT NULL AND d.owner_id IS DISTINCT FROM d.id_r "
                + "         AND d.decision <> 'NONE' OR d.owner_id IS NOT NULL AND d.decision = 'NONE' "
                + "         THEN 'NIK milik orang lain di DTKS' END, "
                + "    coalesce(d.explanation, 'tidak ada kandidat yang mirip di DTKS')) AS explanation, "
                + "  d.owner_id::BIGINT AS nik_owner_record_id "
                + "FROM decided d LEFT JOIN " + REGISTRY + " g ON g.id = d.id_r "
                + "LEFT JOIN link_rules rn ON rn.rule = d.rule ORDER BY d.record_id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setDouble(1, CANDIDATE_FLOOR);
            ps.setDouble(2, thresholds.match());
            ps.setDouble(3, thresholds.possible());
            ps.execute();
        }
    }

    /** Every person record with its cluster; a record alone in its list is its own cluster of size 1. */
    static void writeClusters(Connection connection, List<Clusterer.Member> members) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE link_cluster_members (record_id BIGINT, cluster_id BIGINT, "
                    + "cluster_size INTEGER, match_probability DOUBLE)");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO link_cluster_members VALUES (?, ?, ?, ?)")) {
            for (Clusterer.Member member : members) {
                ps.setLong(1, member.id());
                ps.setLong(2, member.clusterId());
                ps.setInt(3, member.size());
                ps.setDouble(4, member.weakestProbability());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + Tables.CLUSTERS + " AS SELECT e.id AS record_id, e.import_id, "
                    + "coalesce(m.cluster_id, e.id) AS cluster_id, coalesce(m.cluster_size, 1) AS cluster_size, "
                    + "m.match_probability FROM " + EVERYONE + " e LEFT JOIN link_cluster_members m "
                    + "ON m.record_id = e.id ORDER BY e.id");
            st.execute("DROP TABLE link_cluster_members");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void printSummary(Connection connection, PrintWriter out) throws SQLException {
        out.println("links to DTKS per source (MATCH / POSSIBLE / NONE; by ID DTKS):");
        String sql = "SELECT p.source_file, count(*) FILTER (WHERE l.decision = 'MATCH'), "
                + "count(*) FILTER (WHERE l.decision = 'POSSIBLE'), count(*) FILTER (WHERE l.decision = 'NONE'), "
                + "count(*) FILTER (WHERE l.match_key = ?) FROM " + Tables.LINKS + " l JOIN " + Tables.PERSON_STD
                + " p ON p.record_id = l.record_id GROUP BY p.import_id, p.source_file ORDER BY p.import_id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, PersonLinking.ID_RULE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.println(String.format(Locale.ROOT, "  %-28s match %,8d  possible %,7d  none %,7d  (ID DTKS %,d)",
                            rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        String clusters = "SELECT count(DISTINCT cluster_id), count(*) FROM " + Tables.CLUSTERS + " WHERE cluster_size > 1";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(clusters)) {
            rs.next();
            out.println(String.format(Locale.ROOT, "duplicates within a list: %,d group(s) of %,d records",
                    rs.getLong(1), rs.getLong(2)));
        }
        out.flush();
    }
}
