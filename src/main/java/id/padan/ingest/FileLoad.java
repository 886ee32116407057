package id.padan.ingest;

import id.padan.job.Progress;
import id.padan.job.SourceKind;
import id.padan.warehouse.BulkLoad;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Loads one file into its raw table, writing every row it cannot use to {@code rejects} with the reason. */
final class FileLoad {
    /** Rows per load part: big enough that each DuckDB insert is efficient, small enough to overlap the parse. */
    private static final int ROWS_PER_PART = 200_000;

    private final Connection connection;
    private final SourceFiles.Entry entry;
    private final String sha256;
    private final String runId;
    private final Progress progress;
    /** Rows between two progress steps: a step reads the clock, and a million rows need not read it a million times. */
    private static final int ROWS_PER_STEP = 1_000;

    FileLoad(Connection connection, SourceFiles.Entry entry, String sha256, String runId, Progress progress) {
        this.connection = connection;
        this.entry = entry;
        this.sha256 = sha256;
        this.runId = runId;
        this.progress = progress;
    }

    /**
     * About how many data rows a file has, for the ETA of its load: its line ends less the header, or -1 for a
     * workbook. A quoted field with a line break in it makes this a little high, which only makes the ETA cautious.
     */
    static long estimatedRows(Path file) throws IOException {
        long lines = 0;
        boolean first = true;
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 20);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            while (channel.read(buffer.clear()) > 0) {
                buffer.flip();
                if (first && buffer.remaining() >= 2 && buffer.get(0) == 'P' && buffer.get(1) == 'K') {
                    return -1;
                }
                first = false;
                while (buffer.hasRemaining()) {
                    if (buffer.get() == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    /**
     * @param profileLine the accounting line of the file, e.g. {@code SIKS-NG DTKS 2022, 23 columns}
     * @param notes       how padan adapts to the fields the file lacks, one sentence each
     */
    record Result(long read, long loaded, long rejected, String format, String profileLine, List<String> notes) {
    }

    private record Counts(long read, long loaded, long rejected) {
    }

    Result load(Path scratchDir) throws Exception {
        int importId = nextImportId();
        SourceKind kind = entry.kind();
        String fileName = entry.file().getFileName().toString();
        FamilyTable families = entry.families() == null ? null
                : FamilyTable.read(entry.families(), FormatOptions.defaults());
        try (MappedSource source = MappedSource.open(entry.file(), entry.formatOptions(), kind,
                entry.source().profile(), entry.source().columns())) {
            Counts counts = loadRows(source, families, importId, fileName, scratchDir);
            HeaderMapping mapping = source.mapping();
            String format = source.source().describeFormat();
            List<String> notes = new ArrayList<>(Adaptations.of(mapping, families != null));
            if (families != null) {
                notes.add(0, String.format(java.util.Locale.ROOT, "families joined from %s (%,d families) on"
                        + " id_keluarga", entry.families().getFileName(), families.size()));
            }
            recordImport(importId, fileName, format, mapping, notes, counts);
            return new Result(counts.read(), counts.loaded(), counts.rejected(), format,
                    Adaptations.profileLine(mapping), notes);
        }
    }

    private Counts loadRows(MappedSource source, FamilyTable families, int importId, String fileName, Path scratchDir)
            throws Exception {
        SourceKind kind = entry.kind();
        List<String> required = kind.requiredFields();
        int[] requiredAt = required.stream().mapToInt(kind.fields()::indexOf).toArray();
        String noRequired = "the row has no " + String.join(" and no ",
                required.stream().map(f -> source.mapping().headerOf(f).orElse(f)).toList())
                + ": fill it in the source file or delete the row";
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        // DuckDB loads each finished part on this one thread while the file is still being parsed on the caller's
        // thread; until the parse ends, only the loader thread uses the connection.
        ExecutorService loader = Executors.newSingleThreadExecutor();
        try (BulkLoad rawLoad = BulkLoad.into(connection, Tables.raw(kind), scratchDir);
                BulkLoad rejectLoad = BulkLoad.into(connection, Tables.REJECTS, scratchDir)) {
            List<Future<Long>> loads = new ArrayList<>();
            BulkLoad.Part raw = rawLoad.newPart();
            BulkLoad.Part rejects = rejectLoad.newPart();
            for (SourceRow row : source) {
                read++;
                if (read % ROWS_PER_STEP == 0) {
                    progress.step(ROWS_PER_STEP);
                }
                if (!row.ok()) {
                    reject(rejects, importId, fileName, row, row.problem().column(), row.problem().message());
                    rejected++;
                    continue;
                }
                String[] values = source.canonicalValues(row);
                if (allBlank(values, requiredAt)) {
                    reject(rejects, importId, fileName, row, null, noRequired);
                    rejected++;
                    continue;
                }
                String unjoined = families == null ? null : families.fill(values);
                if (unjoined != null) {
                    reject(rejects, importId, fileName, row, source.mapping().headerOf("id_keluarga").orElse(null),
                            unjoined);
                    rejected++;
                    continue;
                }
                raw.number(importId).number(row.dataRow());
                for (String value : values) {
                    raw.text(value);
                }
                raw.endRow();
                loaded++;
                if (raw.rows() == ROWS_PER_PART) {
                    BulkLoad.Part full = raw;
                    loads.add(loader.submit(() -> rawLoad.insert(full)));
                    raw = rawLoad.newPart();
                }
            }
            progress.step(read % ROWS_PER_STEP);
            BulkLoad.Part last = raw;
            loads.add(loader.submit(() -> rawLoad.insert(last) + rejectLoad.insert(rejects)));
            long inserted = 0;
            for (Future<Long> load : loads) {
                inserted += load.get();
            }
            if (read != loaded + rejected || inserted != read) {
                throw new IllegalStateException("accounting mismatch in " + fileName + ": read " + read + ", loaded "
                        + loaded + ", rejected " + rejected + ", inserted " + inserted + "; this is a padan bug");
            }
        } finally {
            // a load still running must end before the caller's transaction rolls back on this connection
            loader.shutdown();
            loader.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        }
        return new Counts(read, loaded, rejected);
    }

    private void recordImport(int importId, String fileName, String format, HeaderMapping mapping, List<String> notes,
            Counts counts) throws SQLException, IOException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + Tables.IMPORTS
                + " (import_id, run_id, source_id, kind, program, periode, source_file, source_path, sha256,"
                + " size_bytes, format, profile, column_mapping, rows_read, rows_loaded, rows_rejected, loaded_at,"
                + " header_columns, notes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setInt(i++, importId);
            ps.setString(i++, runId);
            ps.setString(i++, entry.source().id());
            ps.setString(i++, entry.kind().id());
            ps.setString(i++, entry.source().program());
            ps.setString(i++, entry.source().period());
            ps.setString(i++, fileName);
            ps.setString(i++, entry.file().toString());
            ps.setString(i++, sha256);
            ps.setLong(i++, Files.size(entry.file()));
            ps.setString(i++, format);
            ps.setString(i++, mapping.layout().profile());
            ps.setString(i++, mapping.describe());
            ps.setLong(i++, counts.read());
            ps.setLong(i++, counts.loaded());
            ps.setLong(i++, counts.rejected());
            ps.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
            ps.setInt(i++, mapping.header().size());
            ps.setString(i, notes.isEmpty() ? null : String.join("\n", notes));
            ps.executeUpdate();
        }
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

    private static void reject(BulkLoad.Part rejects, int importId, String fileName, SourceRow row, String column,
            String reason) {
        rejects.number(importId).text(fileName).number(row.dataRow()).number(row.line()).text(column).text(reason)
                .text(String.join(" | ", row.values())).endRow();
    }
}
