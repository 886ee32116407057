package id.padan.warehouse;

import id.padan.job.SourceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What personal data may go once it is old: the raw rows (and rejects) of loads that a newer load of their source
 * replaced, and the field results of cases that are no longer cases. The load a run works on and the results of open
 * cases are never touched, and each purged load keeps its line in {@code imports} with the time it was purged.
 */
public final class Retention {
    private Retention() {
    }

    /** What a purge removed, or would remove. */
    public record Purged(List<String> loads, long rawRows, long rejectRows, long caseResults) {
    }

    /**
     * @param before remove what is older than this
     * @param apply  false for a dry run that only counts
     */
    public static Purged purge(Connection c, LocalDateTime before, boolean apply) throws SQLException {
        List<String> loads = new ArrayList<>();
        List<Object[]> stale = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT import_id, kind, source_file, run_id, rows_loaded,"
                + " rows_rejected FROM " + Tables.IMPORTS + " WHERE superseded_in_run IS NOT NULL AND purged_at IS NULL"
                + " AND loaded_at < ? ORDER BY import_id")) {
            ps.setTimestamp(1, Timestamp.valueOf(before));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stale.add(new Object[] {rs.getInt(1), rs.getString(2)});
                    loads.add(rs.getString(3) + " (loaded in " + rs.getString(4) + ", replaced since): "
                            + rs.getLong(5) + " raw rows, " + rs.getLong(6) + " rejects");
                }
            }
        }
        long rawRows = 0;
        long rejectRows = 0;
        for (Object[] load : stale) {
            int importId = (Integer) load[0];
            String raw = Tables.raw(SourceKind.fromId((String) load[1]).orElseThrow());
            rawRows += apply ? update(c, "DELETE FROM " + raw + " WHERE import_id = ?", importId)
                    : count(c, "SELECT count(*) FROM " + raw + " WHERE import_id = ?", importId);
            rejectRows += apply ? update(c, "DELETE FROM " + Tables.REJECTS + " WHERE import_id = ?", importId)
                    : count(c, "SELECT count(*) FROM " + Tables.REJECTS + " WHERE import_id = ?", importId);
            if (apply) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + Tables.IMPORTS
                        + " SET purged_at = current_localtimestamp() WHERE import_id = ?")) {
                    ps.setInt(1, importId);
                    ps.executeUpdate();
                }
            }
        }
        long caseResults = 0;
        if (Warehouse.tableExists(c, Tables.CASE_RESULTS) && Warehouse.tableExists(c, Tables.CASES)) {
            String closed = " FROM " + Tables.CASE_RESULTS + " WHERE case_id NOT IN (SELECT case_id FROM " + Tables.CASES
                    + ") AND case_id IN (SELECT case_id FROM " + Tables.CASE_RESULTS + " GROUP BY case_id"
                    + " HAVING max(imported_at) < ?)";
            try (PreparedStatement ps = c.prepareStatement((apply ? "DELETE" : "SELECT count(*)") + closed)) {
                ps.setTimestamp(1, Timestamp.valueOf(before));
                if (apply) {
                    caseResults = ps.executeUpdate();
                } else {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        caseResults = rs.getLong(1);
                    }
                }
            }
        }
        return new Purged(loads, rawRows, rejectRows, caseResults);
    }

    private static long update(Connection c, String sql, int importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, importId);
            return ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, int importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
