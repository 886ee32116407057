package id.padan.link;

import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains the link of one record as a waterfall: the prior, then comparison by comparison the level that fired,
 * its label and its match weight (with the name-frequency adjustment), adding up to the pair's match weight and
 * probability. The weights are recomputed here from the model, so the waterfall also checks the stored score.
 */
public final class Explainer {
    /** One bar of the waterfall. */
    public record Step(String comparison, String label, double weight, double total) {
    }

    /** @param candidateId the registry record the waterfall is about, or null when there is none */
    public record Explanation(long recordId, Long candidateId, String decision, String matchKey, Double storedWeight,
            String storedExplanation, List<Step> steps, Long nikOwnerId) {
        public double weight() {
            return steps.isEmpty() ? Double.NaN : steps.get(steps.size() - 1).total();
        }
    }

    private final Connection connection;
    private final LinkModel model;

    public Explainer(Connection connection, LinkModel model) {
        this.connection = connection;
        this.model = model;
    }

    /** The record of a file row, e.g. {@code pkh_2026_t2.csv} row 17. */
    public Optional<Long> recordOf(String sourceFile, long sourceRow) throws SQLException {
        return recordOf(sourceFile, sourceRow, null);
    }

    /** The record of a file's row among the files of one regency (null: any), as file names repeat across regencies. */
    public Optional<Long> recordOf(String sourceFile, long sourceRow, String regency) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT record_id FROM " + Tables.PERSON_STD
                + " WHERE source_file = ? AND source_row = ? AND (?::VARCHAR IS NULL OR import_id IN (SELECT import_id"
                + " FROM " + Tables.PARTITION_IMPORTS + " WHERE regency = ? AND owned)) ORDER BY record_id")) {
            ps.setString(1, sourceFile);
            ps.setLong(2, sourceRow);
            ps.setString(3, regency);
            ps.setString(4, regency);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Explains the stored link of a non-registry record; empty when the record has no row in {@code links}. */
    public Optional<Explanation> explain(long recordId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT dtks_record_id, decision, match_key, "
                + "match_weight, explanation, nik_owner_record_id FROM " + Tables.LINKS + " WHERE record_id = ?")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Long candidate = (Long) rs.getObject(1);
                Double weight = (Double) rs.getObject(4);
                Long owner = (Long) rs.getObject(6);
                List<Step> steps = candidate == null ? List.of() : waterfall(recordId, candidate);
                return Optional.of(new Explanation(recordId, candidate, rs.getString(2), rs.getString(3), weight,
                        rs.getString(5), steps, owner));
            }
        }
    }

    /** The waterfall of any pair (record, registry record). */
    public List<Step> waterfall(long recordId, long candidateId) throws SQLException {
        List<Comparison> comparisons = PersonLinking.COMPARISONS;
        String columns = "record_id AS id, import_id, id_dtks, nik, left(nik, 12) AS nik12, no_kk, nama_std, "
                + "nama_tokens, tanggal_lahir, jenis_kelamin, nama_ibu_std, kode_wilayah, rt, rw";
        LinkEngine engine = new LinkEngine(connection, comparisons, List.of(), "explain", "l", "r", null);
        String side = "(SELECT " + engine.derivedSelect() + " FROM (SELECT " + columns + " FROM " + Tables.PERSON_STD
                + " WHERE record_id = ?))";
        String sql = "SELECT " + engine.vectorSql() + ", r.nama_tokens FROM " + side + " l, " + side + " r";
        long vector;
        String tokens;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, recordId);
            ps.setLong(2, candidateId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no person record " + recordId + " or " + candidateId);
                }
                vector = rs.getLong(1);
                tokens = rs.getString(2);
            }
        }
        int[] levels = ComparisonVector.unpack(vector, comparisons.size());
        List<Step> steps = new ArrayList<>();
        double total = model.priorWeight();
        steps.add(new Step("prior", "dua catatan acak sama orang", total, total));
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            Level level = comparison.levels().get(levels[c]);
            double weight = model.weight(c, levels[c]);
            String label = level.label();
            if (comparison.frequencyColumn() != null && level.valueAgreement()) {
                double share = share(comparison.frequencyColumn(), tokens);
                weight += LinkModel.log2(model.u(c, levels[c]) / share);
                label += String.format(Locale.ROOT, " (nama ini %.3f%% dari semua catatan)", share * 100);
            }
            total += weight;
            steps.add(new Step(comparison.name(), label, weight, total));
        }
        return steps;
    }

    /** The share of all person records that carry this value; the same share the scoring uses. */
    private double share(String column, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FILTER (WHERE "
                + Comparison.quote(column) + " = ?)::DOUBLE / count(" + Comparison.quote(column) + ") FROM "
                + Tables.PERSON_STD)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    /** The waterfall as text, one bar per comparison. */
    public static String render(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "decision %s%s%n", explanation.decision(),
                explanation.matchKey() == null ? "" : " (found by " + explanation.matchKey() + ")"));
        out.append("summary: ").append(explanation.storedExplanation()).append('\n');
        if (explanation.steps().isEmpty()) {
            out.append("no DTKS candidate reached the \"possible\" threshold, so there is no waterfall\n");
            return out.toString();
        }
        out.append(String.format(Locale.ROOT, "%-15s %-58s %8s %8s%n", "comparison", "level", "weight", "total"));
        for (Step step : explanation.steps()) {
            int length = (int) Math.min(30, Math.round(Math.abs(step.weight())));
            String bar = (step.weight() >= 0 ? "+" : "-").repeat(length);
            out.append(String.format(Locale.ROOT, "%-15s %-58s %+8.2f %8.2f  %s%n", step.comparison(), step.label(),
                    step.weight(), step.total(), bar));
        }
        out.append(String.format(Locale.ROOT, "match weight %.2f (a log2 likelihood ratio) = match probability %.6f%n",
                explanation.weight(), LinkModel.probability(explanation.weight())));
        return out.toString();
    }

    /** The file, row and masked NIK and name of a record, for the heading. */
    public String describe(long recordId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_file, source_row, nama_raw, nik, "
                + "tanggal_lahir, id_dtks FROM " + Tables.PERSON_STD + " WHERE record_id = ?")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "record " + recordId;
                }
                return String.format(Locale.ROOT, "%s row %d: %s, NIK %s, lahir %s%s", rs.getString(1), rs.getLong(2),
                        rs.getString(3), maskNik(rs.getString(4)), rs.getString(5),
                        rs.getString(6) == null ? "" : ", ID DTKS " + rs.getString(6));
            }
        }
    }

    /** First 6 + ****** + last 4: enough to tell NIKs apart, not enough to use one. */
    public static String maskNik(String nik) {
        if (nik == null) {
            return "(kosong)";
        }
        if (nik.length() != 16) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 6) + "******" + nik.substring(12);
    }
}
