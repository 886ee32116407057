package id.padan.link;

import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scores links against ground truth: precision, recall and F1 at a threshold, the precision–recall curve, and for
 * a CSV linking also the blocking recall (the share of true pairs that any blocking rule produced) and the
 * pairwise scores of the clusters.
 */
public final class Evaluation {
    /** Precision, recall and F1 of one set of predicted links (pairs, or record-to-person links). */
    public record Score(long truePositives, long falsePositives, long falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String line(String what) {
            return String.format(Locale.ROOT, "%-28s precision %.4f  recall %.4f  F1 %.4f  (TP %,d, FP %,d, FN %,d)",
                    what, precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
        }
    }

    /** @param blockingRecall share of true pairs among the compared pairs (CSV linking only, else NaN) */
    public record Result(double threshold, Score pairs, Score clusters, double blockingRecall, long truePairs,
            List<double[]> curve) {
    }

    private Evaluation() {
    }

    /** Thresholds of the curve: 0.01 to 0.99 by 0.01, then 0.995 and 0.999. */
    static List<Double> curveThresholds() {
        List<Double> thresholds = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            thresholds.add(i / 100.0);
        }
        thresholds.add(0.995);
        thresholds.add(0.999);
        return thresholds;
    }

    /** Evaluates the output of {@code padan link} against the entities named by the config's truth pattern. */
    public static Result ofCsvLink(CsvLinkConfig config) throws SQLException {
        if (config.truthPattern() == null) {
            throw new IllegalArgumentException("the config has no truth_pattern, so there is no truth to compare with");
        }
        Path output = config.resolve(config.output());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            String ids = "SELECT trim(%s) AS id, nullif(regexp_extract(trim(%<s), ?, 1), '') AS entity "
                    + "FROM read_csv(?, all_varchar = true, header = true, delim = ',')";
            createIds(c, "ev_left", ids, config, config.left());
            createIds(c, "ev_right", ids, config, config.dedupe() ? config.left() : config.right());
            execute(c, "CREATE TEMP TABLE ev_candidates AS SELECT * FROM read_csv(?, all_varchar = true, header = true)",
                    output.resolve(CsvLinker.CANDIDATES).toString());
            execute(c, "CREATE TEMP TABLE ev_clusters AS SELECT * FROM read_csv(?, all_varchar = true, header = true)",
                    output.resolve(CsvLinker.CLUSTERS).toString());
            String totalSql = config.dedupe()
                    ? "SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (SELECT count(*) AS n FROM ev_left "
                            + "WHERE entity IS NOT NULL GROUP BY entity)"
                    : "SELECT coalesce(sum(a.n * b.n), 0) FROM (SELECT entity, count(*) n FROM ev_left GROUP BY entity) a "
                            + "JOIN (SELECT entity, count(*) n FROM ev_right GROUP BY entity) b ON a.entity = b.entity";
            long truePairs = single(c, totalSql);
            execute(c, "CREATE TEMP TABLE ev_pairs AS SELECT s.match_probability::DOUBLE AS p, "
                    + "coalesce(l.entity = r.entity, FALSE) AS is_true FROM ev_candidates s "
                    + "JOIN ev_left l ON l.id = s.id_l JOIN ev_right r ON r.id = s.id_r");
            double threshold = config.thresholdOrDefault();
            long trueCandidates = single(c, "SELECT count(*) FROM ev_pairs WHERE is_true");
            Score pairs = pairScore(c, threshold, truePairs);
            List<double[]> curve = new ArrayList<>();
            for (double t : curveThresholds()) {
                Score s = pairScore(c, t, truePairs);
                curve.add(new double[] {t, s.precision(), s.recall(), s.f1()});
            }
            String clusterPairs = config.dedupe()
                    ? "SELECT coalesce(l.entity = r.entity, FALSE) AS is_true FROM ev_clusters a JOIN ev_clusters b "
                            + "ON a.cluster_id = b.cluster_id AND a.id < b.id JOIN ev_left l ON l.id = a.id "
                            + "JOIN ev_left r ON r.id = b.id"
                    : "SELECT coalesce(l.entity = r.entity, FALSE) AS is_true FROM ev_clusters a JOIN ev_clusters b "
                            + "ON a.cluster_id = b.cluster_id JOIN ev_left l ON l.id = a.id JOIN ev_right r ON r.id = b.id";
            long clusterTrue = single(c, "SELECT count(*) FILTER (WHERE is_true) FROM (" + clusterPairs + ")");
            long clusterAll = single(c, "SELECT count(*) FROM (" + clusterPairs + ")");
            Score clusters = new Score(clusterTrue, clusterAll - clusterTrue, truePairs - clusterTrue);
            return new Result(threshold, pairs, clusters, truePairs == 0 ? 1 : (double) trueCandidates / truePairs,
                    truePairs, curve);
        }
    }

    private static Score pairScore(Connection c, double threshold, long truePairs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE is_true), "
                + "count(*) FILTER (WHERE NOT is_true) FROM ev_pairs WHERE p >= ?")) {
            ps.setDouble(1, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Score(rs.getLong(1), rs.getLong(2), truePairs - rs.getLong(1));
            }
        }
    }

    private static void createIds(Connection c, String table, String ids, CsvLinkConfig config, String file)
            throws SQLException {
        String idColumn = config.id();
        String header;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM read_csv(?, all_varchar = true, header = true, delim = ',') LIMIT 0")) {
            ps.setString(1, config.resolve(file).toString());
            try (ResultSet rs = ps.executeQuery()) {
                header = null;
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (rs.getMetaData().getColumnName(i).trim().equalsIgnoreCase(idColumn)) {
                        header = rs.getMetaData().getColumnName(i);
                    }
                }
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(file + " has no column '" + idColumn + "'");
        }
        execute(c, "CREATE TEMP TABLE " + table + " AS " + String.format(ids, Comparison.quote(header)),
                config.truthPattern(), config.resolve(file).toString());
    }

    /**
     * Evaluates the links of a job's warehouse against the truth {@code padan synth} writes ({@code truth/links.csv}:
     * source_file, source_row, person_key = the DTKS person's ID DTKS, empty when the person is not in DTKS). A link
     * is right when its ID DTKS is the row's person_key.
     */
    public static Result ofWarehouse(Path warehouse, Path truthLinks, double matchThreshold) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly)) {
            execute(c, "CREATE TEMP TABLE ev_truth AS SELECT source_file, source_row::BIGINT AS source_row, "
                    + "nullif(person_key, '') AS person_key FROM read_csv(?, all_varchar = true, header = true)",
                    truthLinks.toString());
            execute(c, "CREATE TEMP TABLE ev_links AS SELECT t.person_key, l.id_dtks, l.decision, l.match_key, "
                    + "l.match_probability FROM ev_truth t LEFT JOIN " + Tables.PERSON_STD + " p ON p.source_file = "
                    + "t.source_file AND p.source_row = t.source_row LEFT JOIN " + Tables.LINKS + " l ON l.record_id = "
                    + "p.record_id");
            long truth = single(c, "SELECT count(*) FROM ev_truth");
            long unloaded = single(c, "SELECT count(*) FROM ev_links WHERE decision IS NULL");
            if (unloaded * 10 > truth) {
                throw new IllegalStateException("the truth lists " + truth + " rows but " + unloaded
                        + " of them are not linked records of this warehouse; is it the warehouse of the same data?");
            }
            Score atThreshold = linkScore(c, matchThreshold);
            List<double[]> curve = new ArrayList<>();
            for (double t : curveThresholds()) {
                Score s = linkScore(c, t);
                curve.add(new double[] {t, s.precision(), s.recall(), s.f1()});
            }
            return new Result(matchThreshold, atThreshold, null, Double.NaN,
                    single(c, "SELECT count(*) FROM ev_truth WHERE person_key IS NOT NULL"), curve);
        }
    }

    /**
     * Rows of the truth that were rejected at ingest have no link; they count as missed when they are DTKS people.
     * A record counts as linked at a threshold when its candidate reaches it, or it was linked on its ID DTKS.
     */
    private static Score linkScore(Connection c, double threshold) throws SQLException {
        String linked = "(l.id_dtks IS NOT NULL AND (l.match_probability >= ? OR l.match_key = ?))";
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "count(*) FILTER (WHERE " + linked.replace("l.", "") + " AND id_dtks = person_key), "
                + "count(*) FILTER (WHERE " + linked.replace("l.", "") + " AND id_dtks IS DISTINCT FROM person_key), "
                + "count(*) FILTER (WHERE person_key IS NOT NULL) FROM ev_links")) {
            for (int i = 0; i < 2; i++) {
                ps.setDouble(2 * i + 1, threshold);
                ps.setString(2 * i + 2, PersonLinking.ID_RULE);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Score(rs.getLong(1), rs.getLong(2), rs.getLong(3) - rs.getLong(1));
            }
        }
    }

    public static void writeCurve(List<double[]> curve, Path target) throws IOException {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader("threshold", "precision", "recall", "f1").setRecordSeparator('\n').get())) {
            OwnerOnlyFiles.restrict(target);
            for (double[] point : curve) {
                csv.printRecord(String.format(Locale.ROOT, "%.3f", point[0]), String.format(Locale.ROOT, "%.6f", point[1]),
                        String.format(Locale.ROOT, "%.6f", point[2]), String.format(Locale.ROOT, "%.6f", point[3]));
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.execute();
        }
    }
}
