package id.padan.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records every file of personal data padan writes (cases, rejects, worklists, update files): who (the OS user),
 * when, what and how many rows, as UU 27/2022 asks of whoever processes such data. The row is written in the same
 * transaction as the step that wrote the file.
 */
public final class ExportAudit {
    private ExportAudit() {
    }

    public static void ensureTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + Tables.EXPORT_AUDIT + " (exported_at TIMESTAMP NOT NULL,"
                    + " os_user VARCHAR NOT NULL, run_id VARCHAR NOT NULL, what VARCHAR NOT NULL, rows BIGINT NOT NULL,"
                    + " file VARCHAR NOT NULL)");
        }
    }

    /** @param what e.g. {@code cases.csv} or {@code worklist KECAMATAN SELAT} */
    public static void record(Connection c, String runId, String what, long rows, Path file) throws SQLException {
        ensureTable(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.EXPORT_AUDIT + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            ps.setString(2, System.getProperty("user.name", "unknown"));
            ps.setString(3, runId);
            ps.setString(4, what);
            ps.setLong(5, rows);
            ps.setString(6, file.toAbsolutePath().normalize().toString());
            ps.executeUpdate();
        }
    }
}
