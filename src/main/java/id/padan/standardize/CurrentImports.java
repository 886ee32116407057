package id.padan.standardize;

import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one current load per source. When a source of the job is loaded again with new content (next month's DTKS
 * export, a corrected PKH list), the older imports of that source are superseded: their standardized rows leave
 * {@code person_std} and {@code population_std}, so the registry is not counted twice and the old list is not judged
 * again, while their raw rows and their line in {@code imports} stay for the record. For a source whose path is a
 * glob, a new load replaces only an earlier load of the same file (the glob names many files, each current on its
 * own). The imports of a source the job file no longer names are superseded too, except those a night's inbox
 * gave: the inbox names them by pattern, and a list archived last night is still this program's previous period.
 */
final class CurrentImports {
    private CurrentImports() {
    }

    /**
     * @param globSources the ids of the sources the job file names now, each with whether its path is a glob
     * @return one line per import superseded by this call, for the console
     */
    static List<String> supersede(Connection c, String runId, java.util.Map<String, Boolean> globSources,
            boolean keepPulled) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE job_sources (source_id VARCHAR, is_glob BOOLEAN)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_sources VALUES (?, ?)")) {
            for (var source : globSources.entrySet()) {
                ps.setString(1, source.getKey());
                ps.setBoolean(2, source.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String stale = "SELECT i.import_id, i.source_file, i.run_id, i.source_id, j.source_id IS NOT NULL AS still_named"
                + " FROM " + Tables.IMPORTS + " i LEFT JOIN job_sources j ON j.source_id = i.source_id"
                + " WHERE i.superseded_in_run IS NULL AND ((j.source_id IS NULL AND NOT (? AND starts_with(i.source_id, ?)))"
                + " OR EXISTS (SELECT 1 FROM "
                + Tables.IMPORTS + " l WHERE l.source_id = i.source_id AND l.import_id > i.import_id"
                + "   AND (NOT j.is_glob OR l.source_path = i.source_path)))"
                + " ORDER BY i.import_id";
        List<Integer> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(stale)) {
            ps.setBoolean(1, keepPulled);
            ps.setString(2, id.padan.job.JobDefinition.PULLED_SOURCE_PREFIX);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                    lines.add(rs.getString(2) + " (loaded in " + rs.getString(3) + ") " + (rs.getBoolean(5)
                            ? "is replaced by the newer load of source '" + rs.getString(4) + "'"
                            : "belongs to source '" + rs.getString(4) + "', which the job file no longer names"));
                }
            }
        }
        for (String statement : List.of(
                "UPDATE " + Tables.IMPORTS + " SET superseded_in_run = ? WHERE import_id = ?",
                "DELETE FROM " + Tables.PERSON_STD + " WHERE import_id = ?",
                "DELETE FROM " + Tables.POPULATION_STD + " WHERE import_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                for (int id : ids) {
                    if (statement.startsWith("UPDATE")) {
                        ps.setString(1, runId);
                        ps.setInt(2, id);
                    } else {
                        ps.setInt(1, id);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return lines;
    }
}
