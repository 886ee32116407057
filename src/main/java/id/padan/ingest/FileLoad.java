package id.padan.ingest;

import id.padan.job.SourceKind;
import id.padan.warehouse.BulkLoad;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Loads one file into its raw table, writing every row it cannot use to {@code rejects} with the reason. */
final class FileLoad {
    private final Connection connection;
    private final SourceFiles.Entry entry;
    private final String sha256;
    private final String runId;

    FileLoad(Connection connection, SourceFiles.Entry entry, String sha256, String runId) {
        this.connection = connection;
        this.entry = entry;
        this.sha256 = sha256;
        this.runId = runId;
    }

    record Result(long read, long loaded, long rejected, String format) {
    }

    Result load(java.nio.file.Path scratchDir) throws SQLException, IOException {
        int importId = nextImportId();
        SourceKind kind = entry.kind();
        String fileName = entry.file().getFileName().toString();
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        String format;
        String mappingText;
        String profile;
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (MappedSource source = MappedSource.open(entry.file(), entry.formatOptions(), kind, entry.source().columns());
                BulkLoad rawLoad = BulkLoad.into(connection, Tables.raw(kind), scratchDir);
                DuckDBAppender rejects = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, Tables.REJECTS)) {
            HeaderMapping mapping = source.mapping();
            format = source.source().describeFormat();
            mappingText = mapping.describe();
            profile = mapping.layout().profile();
            List<String> required = kind.requiredFields();
            int[] requiredAt = required.stream().mapToInt(kind.fields()::indexOf).toArray();
            BulkLoad.Part raw = rawLoad.newPart();
            for (SourceRow row : source) {
                read++;
                SourceRow checked = row;
                if (!checked.ok()) {
                    reject(rejects, importId, fileName, checked, checked.problem().column(), checked.problem().message());
                    rejected++;
                    continue;
                }
                String[] values = source.canonicalValues(checked);
                if (allBlank(values, requiredAt)) {
                    reject(rejects, importId, fileName, checked, null, "the row has no " + String.join(" and no ",
                            required.stream().map(f -> mapping.headerOf(f).orElse(f)).toList())
                            + ": fill it in the source file or delete the row");
                    rejected++;
                    continue;
                }
                raw.number(importId).number(checked.dataRow());
                for (String value : values) {
                    raw.text(value);
                }
                raw.endRow();
                loaded++;
            }
            rejects.flush();
            rawLoad.finish();
        }
        if (read != loaded + rejected) {
            throw new IllegalStateException("accounting mismatch in " + fileName + "; this is a padan bug");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + Tables.IMPORTS
                + " (import_id, run_id, source_id, kind, program, periode, source_file, source_path, sha256,"
                + " size_bytes, format, profile, column_mapping, rows_read, rows_loaded, rows_rejected, loaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setInt(i++, importId);
            ps.setString(i++, runId);
            ps.setString(i++, entry.source().id());
            ps.setString(i++, kind.id());
            ps.setString(i++, entry.source().program());
            ps.setString(i++, entry.source().period());
            ps.setString(i++, fileName);
            ps.setString(i++, entry.file().toString());
            ps.setString(i++, sha256);
            ps.setLong(i++, Files.size(entry.file()));
            ps.setString(i++, format);
            ps.setString(i++, profile);
            ps.setString(i++, mappingText);
            ps.setLong(i++, read);
            ps.setLong(i++, loaded);
            ps.setLong(i++, rejected);
            ps.setTimestamp(i, Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
            ps.executeUpdate();
        }
        return new Result(read, loaded, rejected, format);
    }

    private int nextImportId() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(max(import_id), 0) + 1 FROM " + Tables.IMPORTS); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean allBlank(String[] values, int[] positions) {
        for (int at : positions) {
            if (values[at] != null && !values[at].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void reject(DuckDBAppender rejects, int importId, String fileName, SourceRow row, String column,
            String reason) throws SQLException {
        rejects.beginRow();
        rejects.append(importId);
        rejects.append(fileName);
        rejects.append(row.dataRow());
        rejects.append(row.line());
        if (column == null) {
            rejects.appendNull();
        } else {
            rejects.append(column);
        }
        rejects.append(reason);
        rejects.append(String.join(" | ", row.values()));
        rejects.endRow();
    }
}
