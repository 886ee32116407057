package id.padan.link;

import id.padan.job.JobFileException;
import id.padan.job.Problem;
import id.padan.warehouse.OwnerOnlyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Links two CSV files, or deduplicates one, with the same engine as the link stage, in a throwaway in-memory DuckDB.
 * Writes {@code pairs.csv} (pairs at or above the threshold), {@code candidates.csv} (every compared pair, for
 * evaluation), {@code clusters.csv} (every record with its cluster) and {@code model.json}.
 */
public final class CsvLinker {
    public static final String PAIRS = "pairs.csv";
    public static final String CANDIDATES = "candidates.csv";
    public static final String CLUSTERS = "clusters.csv";
    public static final String MODEL = "model.json";
    static final String LEFT = "csv_left";
    static final String RIGHT = "csv_right";
    /** Right-side rows get ids above this, so that ids are unique over both sides. */
    static final long RIGHT_OFFSET = 1_000_000_000_000L;

    /** What a run did, for the console. */
    public record Summary(long leftRows, long rightRows, long[] pairsPerRule, long pairsAtThreshold, long clusters,
            Path output) {
        public long comparedPairs() {
            long sum = 0;
            for (long n : pairsPerRule) {
                sum += n;
            }
            return sum;
        }
    }

    private final CsvLinkConfig config;
    private final Path configFile;

    public CsvLinker(CsvLinkConfig config, Path configFile) {
        this.config = config;
        this.configFile = configFile;
    }

    public Summary run() throws SQLException, IOException, JobFileException {
        Path output = OwnerOnlyFiles.createDirectories(config.resolve(config.output()));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            long leftRows = load(connection, config.resolve(config.left()), LEFT, 0);
            long rightRows = config.dedupe() ? leftRows : load(connection, config.resolve(config.right()), RIGHT,
                    RIGHT_OFFSET);
            String right = config.dedupe() ? LEFT : RIGHT;
            List<Comparison> comparisons = config.comparisonList();
            LinkEngine engine = new LinkEngine(connection, comparisons, config.rules(), "csv", LEFT, right, null);
            long[] perRule = engine.block();
            engine.compare();
            LinkModel model = engine.train(config.seed() == null ? 1L : config.seed(), config.trainingRules());
            ModelFile.write(model, output.resolve(MODEL));
            engine.score(model, null);
            double threshold = config.thresholdOrDefault();
            writeRuleNames(connection, engine.rules());
            String pairsSql = "SELECT l.source_id, r.source_id, round(s.match_weight, 6), round(s.match_probability, 8), "
                    + "n.name FROM " + engine.table("scored") + " s JOIN " + LEFT + " l ON l.id = s.id_l JOIN " + right
                    + " r ON r.id = s.id_r JOIN csv_rules n ON n.rule = s.rule WHERE s.match_probability >= ? "
                    + "ORDER BY l.source_id, r.source_id";
            String[] header = {"id_l", "id_r", "match_weight", "match_probability", "match_key"};
            long atThreshold = writeCsv(connection, pairsSql, output.resolve(PAIRS), header, threshold);
            writeCsv(connection, pairsSql, output.resolve(CANDIDATES), header, 0.0);
            List<Clusterer.Member> members = new Clusterer(threshold, threshold / 2, config.maxClusterSize() == null
                    ? 10 : config.maxClusterSize()).cluster(connection, engine.table("scored"));
            long clusters = writeClusters(connection, members, right, output.resolve(CLUSTERS));
            return new Summary(leftRows, rightRows, perRule, atThreshold, clusters, output);
        }
    }

    /** Loads one CSV side: the id and every compared column, trimmed, empty as NULL, dates parsed. */
    private long load(Connection connection, Path file, String table, long idOffset) throws SQLException,
            JobFileException {
        if (!Files.isRegularFile(file)) {
            throw new JobFileException(configFile, List.of(new Problem(table.equals(LEFT) ? "left" : "right", 0,
                    "the file " + file + " does not exist", "check the path (relative to the config file)")));
        }
        Map<String, String> headers = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT * FROM read_csv(?, all_varchar = true, header = true, delim = ',') LIMIT 0")) {
            ps.setString(1, file.toString());
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String name = rs.getMetaData().getColumnName(i);
                    headers.put(name.trim().toLowerCase(Locale.ROOT), name);
                }
            }
        }
        Map<String, String> select = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>();
        parameters.add(file.toString());
        select.put("source_id", "trim(" + quoted(headers, file, config.id()) + ")");
        for (CsvLinkConfig.ComparisonSpec spec : config.comparisons()) {
            String value = "nullif(upper(trim(" + quoted(headers, file, spec.column()) + ")), '')";
            switch (spec.type().toLowerCase(Locale.ROOT)) {
                case "date" -> {
                    select.put(spec.column(), "try_strptime(" + value + ", ?)::DATE");
                    parameters.add(spec.format() == null ? "%Y-%m-%d" : spec.format());
                }
                case "name" -> {
                    select.put(spec.column(), value);
                    select.put(CsvLinkConfig.tokenColumn(spec.column()),
                            "array_to_string(list_sort(string_split(" + value + ", ' ')), ' ')");
                }
                default -> select.put(spec.column(), value);
            }
        }
        StringBuilder sql = new StringBuilder("CREATE TEMP TABLE " + table + " AS SELECT row_number() OVER () + "
                + idOffset + " AS id");
        for (Map.Entry<String, String> e : select.entrySet()) {
            sql.append(", ").append(e.getValue()).append(" AS ").append(Comparison.quote(e.getKey()));
        }
        sql.append(" FROM read_csv(?, all_varchar = true, header = true, delim = ',')");
        parameters.add(parameters.remove(0));
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            ps.execute();
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String quoted(Map<String, String> headers, Path file, String column) throws JobFileException {
        String actual = headers.get(column.trim().toLowerCase(Locale.ROOT));
        if (actual == null) {
            throw new JobFileException(configFile, List.of(new Problem("comparisons", 0, file.getFileName()
                    + " has no column '" + column + "' (its columns: " + String.join(", ", headers.keySet()) + ")",
                    "name the column as its header spells it")));
        }
        return Comparison.quote(actual);
    }

    private static void writeRuleNames(Connection connection, List<BlockingRule> rules) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE csv_rules (rule SMALLINT, name VARCHAR)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO csv_rules VALUES (?, ?)")) {
            for (int i = 0; i < rules.size(); i++) {
                ps.setInt(1, i);
                ps.setString(2, rules.get(i).name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long writeCsv(Connection connection, String sql, Path target, String[] header,
            Object... parameters) throws SQLException, IOException {
        long rows = 0;
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header)
                        .setRecordSeparator('\n').get());
                PreparedStatement ps = connection.prepareStatement(sql)) {
            OwnerOnlyFiles.restrict(target);
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= header.length; i++) {
                        values.add(rs.getString(i));
                    }
                    csv.printRecord(values);
                    rows++;
                }
            }
        }
        return rows;
    }

    private long writeClusters(Connection connection, List<Clusterer.Member> members, String right, Path target)
            throws SQLException, IOException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE csv_members (id BIGINT, cluster_id BIGINT)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO csv_members VALUES (?, ?)")) {
            for (Clusterer.Member member : members) {
                ps.setLong(1, member.id());
                ps.setLong(2, member.clusterId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String everyone = config.dedupe() ? "SELECT id, source_id FROM " + LEFT
                : "SELECT id, source_id FROM " + LEFT + " UNION ALL SELECT id, source_id FROM " + right;
        String sql = "WITH e AS (" + everyone + ") SELECT e.source_id, c.source_id FROM e LEFT JOIN csv_members m "
                + "ON m.id = e.id JOIN e c ON c.id = coalesce(m.cluster_id, e.id) ORDER BY e.source_id";
        writeCsv(connection, sql, target, new String[] {"id", "cluster_id"});
        return members.stream().mapToLong(Clusterer.Member::clusterId).distinct().count();
    }

    public static void print(Summary summary, List<BlockingRule> rules, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "records: %,d left, %,d right", summary.leftRows(), summary.rightRows()));
        for (int i = 0; i < rules.size(); i++) {
            out.println(String.format(Locale.ROOT, "  blocking rule %-24s %,10d pairs", rules.get(i).name(),
                    summary.pairsPerRule()[i]));
        }
        out.println(String.format(Locale.ROOT, "compared %,d pairs; %,d at or above the threshold; %,d clusters of 2+",
                summary.comparedPairs(), summary.pairsAtThreshold(), summary.clusters()));
        out.println("written: " + summary.output().resolve(PAIRS) + ", " + CLUSTERS + ", " + CANDIDATES + ", " + MODEL);
        out.flush();
    }
}
