package id.padan.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Blocks, compares and scores pairs of records inside DuckDB. The two sides are tables (or views) with a BIGINT
 * column {@code id} and the columns the comparisons and blocking rules name; when deduplicating, both sides are the
 * same table and each pair is taken once ({@code l.id < r.id}).
 *
 * <p>Work tables are temporary and carry a prefix, so that one connection can hold a linking and a deduplication at
 * once: {@code <prefix>_pairs} (id_l, id_r, rule), {@code <prefix>_compared} (+ gamma, the comparison vector),
 * {@code <prefix>_patterns} (gamma, match weight, explanation) and {@code <prefix>_scored} (+ match_weight,
 * match_probability, conflict).
 */
public final class LinkEngine {
    private static final Logger LOG = Logger.getLogger(LinkEngine.class.getName());
    static final String EXPLANATION_SEPARATOR = " · ";
    static final int RANDOM_SIDE = 700;
    /** At most about this many pairs of one rule train the m probabilities. */
    static final long TRAINING_PAIRS = 300_000;

    private final Connection connection;
    private final List<Comparison> comparisons;
    private final List<BlockingRule> rules;
    private final String prefix;
    /** The column the random sample is drawn by: the record id, or a key that does not depend on load order. */
    private String sampleKey = "id";
    private final String sourceLeft;
    private final String sourceRight;
    private final String left;
    private final String right;
    private final String pairFilter;

    /**
     * @param pairFilter a condition every pair must meet besides its rule (e.g. same import when deduplicating a
     *                   list), or null
     */
    public LinkEngine(Connection connection, List<Comparison> comparisons, List<BlockingRule> rules, String prefix,
            String left, String right, String pairFilter) {
        this.connection = connection;
        this.comparisons = List.copyOf(comparisons);
        this.rules = List.copyOf(rules);
        this.prefix = prefix;
        this.sourceLeft = left;
        this.sourceRight = right;
        this.left = prefix + "_in_l";
        this.right = left.equals(right) ? this.left : prefix + "_in_r";
        this.pairFilter = pairFilter;
        if (comparisons.size() > 18) {
            throw new IllegalArgumentException("at most 18 comparisons fit in a comparison vector");
        }
        for (Comparison comparison : comparisons) {
            if (comparison.levels().size() > Comparison.MAX_LEVELS) {
                throw new IllegalArgumentException(comparison.name() + " has more than 10 levels");
            }
        }
    }

    /**
     * Draws the random pairs the u probabilities come from by this column of both inputs instead of the record id,
     * so that the same records give the same model whichever import ids the loads got (a regency's run alone and the
     * same regency within a province's run).
     */
    public LinkEngine sampledBy(String column) {
        this.sampleKey = column;
        return this;
    }

    public boolean dedupe() {
        return sourceLeft.equals(sourceRight);
    }

    /** The extra columns computed once per record: comparison helpers and reduced blocking keys. */
    public String derivedSelect() {
        java.util.Map<String, String> derived = new java.util.LinkedHashMap<>();
        for (Comparison comparison : comparisons) {
            derived.putAll(comparison.derived());
        }
        for (BlockingRule rule : rules) {
            for (BlockingKey key : rule.keys()) {
                if (key.transform() != BlockingKey.Transform.NONE) {
                    derived.put(key.derivedColumn(), key.derivedSql());
                }
            }
        }
        StringBuilder sql = new StringBuilder("*");
        derived.forEach((name, expression) -> sql.append(", ").append(expression).append(" AS ")
                .append(Comparison.quote(name)));
        return sql.toString();
    }

    /** Copies the inputs with their derived columns; every later step reads these copies. */
    public void prepare() throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE " + left + " AS SELECT " + derivedSelect() + " FROM " + sourceLeft);
        if (!dedupe()) {
            execute("CREATE OR REPLACE TEMP TABLE " + right + " AS SELECT " + derivedSelect() + " FROM " + sourceRight);
        }
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public List<BlockingRule> rules() {
        return rules;
    }

    public String table(String part) {
        return prefix + "_" + part;
    }

    private String filter() {
        String same = dedupe() ? "l.id < r.id" : null;
        if (pairFilter == null) {
            return same;
        }
        return same == null ? pairFilter : same + " AND " + pairFilter;
    }

    /** Produces the candidate pairs rule by rule and returns how many pairs each rule added. */
    public long[] block() throws SQLException {
        prepare();
        execute("CREATE OR REPLACE TEMP TABLE " + table("pairs")
                + " (id_l BIGINT NOT NULL, id_r BIGINT NOT NULL, rule SMALLINT NOT NULL)");
        long[] counts = new long[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            BlockingRule rule = rules.get(i);
            String sql = "INSERT INTO " + table("pairs") + " " + rule.pairsSql(left, right, i, rules.subList(0, i),
                    filter());
            try (Statement st = connection.createStatement()) {
                counts[i] = st.executeUpdate(sql);
            }
            long added = counts[i];
            LOG.info(() -> prefix + ": blocking rule " + rule + " added " + added + " pairs");
        }
        return counts;
    }

    /** The SELECT list that gives the comparison vector of a pair {@code l}, {@code r}. */
    public String vectorSql() {
        StringBuilder sql = new StringBuilder();
        for (int c = 0; c < comparisons.size(); c++) {
            if (c > 0) {
                sql.append(" + ");
            }
            sql.append("(").append(comparisons.get(c).levelSql()).append(")");
            if (c > 0) {
                sql.append(" * ").append(ComparisonVector.pow10(c));
            }
        }
        return "CAST(" + sql + " AS BIGINT)";
    }

    private String frequencyTable(int c) {
        return table("tf" + c);
    }

    /** Compares every blocked pair: its comparison vector and, for frequency-adjusted comparisons, the value's share. */
    public void compare() throws SQLException {
        StringBuilder tfColumns = new StringBuilder();
        StringBuilder tfJoins = new StringBuilder();
        for (int c = 0; c < comparisons.size(); c++) {
            String column = comparisons.get(c).frequencyColumn();
            if (column == null) {
                continue;
            }
            String side = dedupe() ? "SELECT " + Comparison.quote(column) + " AS v FROM " + left
                    : "SELECT " + Comparison.quote(column) + " AS v FROM " + left + " UNION ALL SELECT "
                            + Comparison.quote(column) + " AS v FROM " + right;
            execute("CREATE OR REPLACE TEMP TABLE " + frequencyTable(c) + " AS SELECT v AS value, "
                    + "count(*) / sum(count(*)) OVER () AS share FROM (" + side + ") WHERE v IS NOT NULL GROUP BY v");
            tfColumns.append(", t").append(c).append(".share AS tf_").append(c);
            tfJoins.append(" LEFT JOIN ").append(frequencyTable(c)).append(" t").append(c).append(" ON t").append(c)
                    .append(".value = r.").append(Comparison.quote(column));
        }
        execute("CREATE OR REPLACE TEMP TABLE " + table("compared") + " AS SELECT p.id_l, p.id_r, p.rule, "
                + vectorSql() + " AS gamma" + tfColumns + " FROM " + table("pairs") + " p JOIN " + left
                + " l ON l.id = p.id_l JOIN " + right + " r ON r.id = p.id_r" + tfJoins);
    }

    /** The comparison patterns of the compared pairs with their counts. */
    List<ExpectationMaximisation.Pattern> patterns(String table) throws SQLException {
        List<ExpectationMaximisation.Pattern> patterns = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT gamma, count(*) FROM " + table + " GROUP BY gamma ORDER BY gamma")) {
            while (rs.next()) {
                patterns.add(new ExpectationMaximisation.Pattern(
                        ComparisonVector.unpack(rs.getLong(1), comparisons.size()), rs.getLong(2)));
            }
        }
        return patterns;
    }

    /**
     * Trains a model: u from the level shares among random pairs (a seeded sample of each side, crossed), then m by
     * EM. With no training rules, EM runs once on every blocked pair. With training rules, EM runs once per rule on
     * that rule's own pairs (sampled), leaving out the comparisons that read the rule's key columns, since within
     * a block those agree by construction; each comparison's m is the average over the rules that estimated it,
     * weighted by their expected matches. The prior then comes from every blocked pair with m and u fixed.
     *
     * @param trainingRules names of blocking rules to train on, or empty for every blocked pair at once
     */
    public LinkModel train(long seed, List<String> trainingRules) throws SQLException {
        String sampleLeft = table("sample_l");
        String sampleRight = table("sample_r");
        sample(sampleLeft, left, seed);
        sample(sampleRight, right, seed + 1);
        String random = table("random");
        execute("CREATE OR REPLACE TEMP TABLE " + random + " AS SELECT " + vectorSql() + " AS gamma FROM "
                + sampleLeft + " l, " + sampleRight + " r WHERE l.id <> r.id");
        List<ExpectationMaximisation.Pattern> randomPatterns = patterns(random);
        dropTemp(sampleLeft, sampleRight, random);
        int[] levelCounts = comparisons.stream().mapToInt(c -> c.levels().size()).toArray();
        double[][] u = new double[comparisons.size()][];
        long randomPairs = 0;
        for (ExpectationMaximisation.Pattern pattern : randomPatterns) {
            randomPairs += pattern.count();
        }
        for (int c = 0; c < comparisons.size(); c++) {
            double[] counts = new double[levelCounts[c]];
            double present = 0;
            for (ExpectationMaximisation.Pattern pattern : randomPatterns) {
                int level = pattern.levels()[c];
                if (level > 0) {
                    counts[level] += pattern.count();
                    present += pattern.count();
                }
            }
            u[c] = new double[levelCounts[c]];
            for (int k = 1; k < levelCounts[c]; k++) {
                // add-half smoothing: a level no random pair reached is rare among non-matches, not impossible
                u[c][k] = (counts[k] + 0.5) / (present + 0.5 * (levelCounts[c] - 1));
            }
        }
        List<ExpectationMaximisation.Pattern> blocked = patterns(table("compared"));
        long blockedPairs = blocked.stream().mapToLong(ExpectationMaximisation.Pattern::count).sum();
        if (blockedPairs == 0) {
            throw new IllegalStateException("no pair of records met any blocking rule, so there is nothing to learn "
                    + "from; check the blocking rules and that both sides have the key columns filled");
        }
        double[][] m;
        int iterations;
        if (trainingRules.isEmpty()) {
            ExpectationMaximisation.Result em = ExpectationMaximisation.run(blocked, u, levelCounts, 0.1);
            m = em.m();
            iterations = em.iterations();
        } else {
            double[][] sum = new double[comparisons.size()][];
            double[] weight = new double[comparisons.size()];
            for (int c = 0; c < comparisons.size(); c++) {
                sum[c] = new double[levelCounts[c]];
            }
            iterations = 0;
            for (String name : trainingRules) {
                BlockingRule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("training rule '" + name
                                + "' is not one of the blocking rules"));
                java.util.Set<String> keyColumns = new java.util.HashSet<>();
                rule.keys().forEach(k -> keyColumns.add(k.column()));
                boolean[] excluded = new boolean[comparisons.size()];
                for (int c = 0; c < comparisons.size(); c++) {
                    excluded[c] = comparisons.get(c).columns().stream().anyMatch(keyColumns::contains);
                }
                List<ExpectationMaximisation.Pattern> session = new ArrayList<>();
                for (ExpectationMaximisation.Pattern pattern : trainingPatterns(rule, seed)) {
                    int[] levels = pattern.levels().clone();
                    for (int c = 0; c < levels.length; c++) {
                        if (excluded[c]) {
                            levels[c] = 0;
                        }
                    }
                    session.add(new ExpectationMaximisation.Pattern(levels, pattern.count()));
                }
                long sessionPairs = session.stream().mapToLong(ExpectationMaximisation.Pattern::count).sum();
                if (sessionPairs == 0) {
                    continue;
                }
                ExpectationMaximisation.Result em = ExpectationMaximisation.run(session, u, levelCounts, 0.1);
                iterations += em.iterations();
                double expectedMatches = em.prior() * sessionPairs;
                LOG.info(() -> prefix + ": EM on rule " + name + ": " + sessionPairs + " pairs, share of matches "
                        + em.prior());
                for (int c = 0; c < comparisons.size(); c++) {
                    if (!excluded[c]) {
                        for (int k = 1; k < levelCounts[c]; k++) {
                            sum[c][k] += em.m()[c][k] * expectedMatches;
                        }
                        weight[c] += expectedMatches;
                    }
                }
            }
            m = new double[comparisons.size()][];
            double[][] fallback = null;
            for (int c = 0; c < comparisons.size(); c++) {
                if (weight[c] == 0) {
                    // Every training rule blocks on this comparison's columns or found no pairs (DTSEN members have
                    // no birth date, so the birth-date rule is empty): learn it from all blocked pairs instead.
                    if (fallback == null) {
                        ExpectationMaximisation.Result em = ExpectationMaximisation.run(blocked, u, levelCounts, 0.1);
                        fallback = em.m();
                        iterations += em.iterations();
                    }
                    String name = comparisons.get(c).name();
                    LOG.warning(() -> prefix + ": no training rule estimates '" + name + "'; its m probabilities"
                            + " come from EM on every blocked pair");
                    m[c] = fallback[c].clone();
                    continue;
                }
                m[c] = new double[levelCounts[c]];
                for (int k = 1; k < levelCounts[c]; k++) {
                    m[c][k] = sum[c][k] / weight[c];
                }
            }
        }
        double blockedShare = ExpectationMaximisation.prior(blocked, m, u, 0.1);
        // the share of matches among blocked pairs, spread over every possible pair: the prior of two records
        // taken at random, which is what the u probabilities describe
        double possiblePairs = dedupe() ? count(left) * (count(left) - 1) / 2.0 : count(left) * (double) count(right);
        double prior = Math.min(Math.max(blockedShare * blockedPairs / possiblePairs, 1e-12), 0.5);
        long pairs = randomPairs;
        int runs = iterations;
        LOG.info(() -> prefix + ": trained on " + blockedPairs + " blocked and " + pairs + " random pairs in "
                + runs + " EM iterations; share of matches among blocked pairs " + blockedShare
                + ", prior of two random records " + prior);
        return LinkModel.of(comparisons, prior, m, u, new LinkModel.Training(blockedPairs, randomPairs, iterations,
                seed));
    }

    /** The comparison patterns of a rule's own pairs (earlier rules not excluded), sampled to a fixed size. */
    private List<ExpectationMaximisation.Pattern> trainingPatterns(BlockingRule rule, long seed) throws SQLException {
        String join = " FROM " + left + " l JOIN " + right + " r ON " + rule.conditionSql()
                + (filter() == null ? "" : " AND " + filter());
        long total;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*)" + join)) {
            rs.next();
            total = rs.getLong(1);
        }
        long share = total <= TRAINING_PAIRS ? 1_000_000 : Math.max(1, 1_000_000L * TRAINING_PAIRS / total);
        String training = table("training");
        try (PreparedStatement ps = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE " + training
                + " AS SELECT " + vectorSql() + " AS gamma" + join + " WHERE hash(l.id, r.id, ?::BIGINT) % 1000000 < ?")) {
            ps.setLong(1, seed);
            ps.setLong(2, share);
            ps.execute();
        }
        List<ExpectationMaximisation.Pattern> patterns = patterns(training);
        dropTemp(training);
        return patterns;
    }

    /**
     * Scores the compared pairs with a model. {@code conflict} marks the patterns where the records clearly are
     * different people whatever else agrees (they are kept but never accepted).
     */
    public void score(LinkModel model, Predicate<int[]> conflict) throws SQLException {
        model.checkFits(comparisons);
        List<Integer> frequencyComparisons = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c).frequencyColumn() != null) {
                frequencyComparisons.add(c);
            }
        }
        StringBuilder columns = new StringBuilder("gamma BIGINT PRIMARY KEY, match_weight DOUBLE NOT NULL, "
                + "explanation VARCHAR NOT NULL, conflict BOOLEAN NOT NULL");
        for (int c : frequencyComparisons) {
            columns.append(", tf_u_").append(c).append(" DOUBLE");
        }
        execute("CREATE OR REPLACE TEMP TABLE " + table("patterns") + " (" + columns + ")");
        String insert = "INSERT INTO " + table("patterns") + " VALUES (?, ?, ?, ?" + ", ?".repeat(
                frequencyComparisons.size()) + ")";
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
            for (ExpectationMaximisation.Pattern pattern : patterns(table("compared"))) {
                int[] levels = pattern.levels();
                ps.setLong(1, ComparisonVector.pack(levels));
                ps.setDouble(2, patternWeight(model, levels));
                ps.setString(3, explanation(levels));
                ps.setBoolean(4, conflict != null && conflict.test(levels));
                int i = 5;
                for (int c : frequencyComparisons) {
                    Level level = comparisons.get(c).levels().get(levels[c]);
                    if (level.valueAgreement()) {
                        ps.setDouble(i++, model.u(c, levels[c]));
                    } else {
                        ps.setNull(i++, java.sql.Types.DOUBLE);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        StringBuilder weight = new StringBuilder("p.match_weight");
        for (int c : frequencyComparisons) {
            // a rare agreeing value is stronger evidence than a common one: its share replaces u
            weight.append(" + coalesce(log2(p.tf_u_").append(c).append(" / c.tf_").append(c).append("), 0)");
        }
        execute("CREATE OR REPLACE TEMP TABLE " + table("scored") + " AS SELECT id_l, id_r, rule, gamma, "
                + "match_weight, 1.0 / (1.0 + pow(2.0, -match_weight)) AS match_probability, conflict, explanation "
                + "FROM (SELECT c.id_l, c.id_r, c.rule, c.gamma, " + weight + " AS match_weight, p.conflict, "
                + "p.explanation FROM " + table("compared") + " c JOIN " + table("patterns")
                + " p ON p.gamma = c.gamma)");
    }

    /** An empty scored table, for when there is nothing to score. */
    void emptyScores() throws SQLException {
        execute("CREATE OR REPLACE TEMP TABLE " + table("scored") + " (id_l BIGINT, id_r BIGINT, rule SMALLINT, "
                + "gamma BIGINT, match_weight DOUBLE, match_probability DOUBLE, conflict BOOLEAN, explanation VARCHAR)");
    }

    double patternWeight(LinkModel model, int[] levels) {
        double weight = model.priorWeight();
        for (int c = 0; c < levels.length; c++) {
            weight += model.weight(c, levels[c]);
        }
        return weight;
    }

    /** The one-line summary of a pattern, e.g. {@code NIK: 1 digit beda · nama: token sama · tgl lahir: sama}. */
    public String explanation(int[] levels) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            parts.add(comparisons.get(c).levels().get(levels[c]).label());
        }
        return String.join(EXPLANATION_SEPARATOR, parts);
    }

    public void dropWorkTables() throws SQLException {
        List<String> tables = new ArrayList<>(List.of(table("pairs"), table("compared"), table("patterns"),
                table("scored"), left, right));
        for (int c = 0; c < comparisons.size(); c++) {
            tables.add(frequencyTable(c));
        }
        dropTemp(tables.toArray(String[]::new));
    }

    private long count(String table) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A seeded, deterministic sample of a side: the rows with the smallest hash of (id, seed). */
    private void sample(String target, String source, long seed) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE " + target
                + " AS SELECT * FROM " + source + " ORDER BY hash(" + sampleKey + ", ?::BIGINT), " + sampleKey + ", id LIMIT "
                + RANDOM_SIDE)) {
            ps.setLong(1, seed);
            ps.execute();
        }
    }

    private void dropTemp(String... tables) throws SQLException {
        for (String table : tables) {
            execute("DROP TABLE IF EXISTS " + table);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
