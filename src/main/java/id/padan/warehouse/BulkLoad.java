package id.padan.warehouse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk loading of rows made in Java into a warehouse table through DuckDB's own CSV reader. Handing DuckDB one
 * string at a time through JDBC or the Appender costs about a microsecond per value, which is most of a run at a
 * million rows; writing a plain CSV and letting DuckDB read it in parallel is an order of magnitude faster.
 *
 * <p>Rows go into one or more parts (one per thread), each a temporary file readable by its owner only, and
 * {@link #finish()} inserts them into the table in part order, in the caller's transaction, then deletes them.
 * Null is written as an unquoted empty field and the empty string as {@code ""}, so the two stay distinct. Dates are
 * written as ISO {@code yyyy-mm-dd}, which DuckDB parses on a fast path (naming a dateformat makes the load about
 * half again slower).
 */
public final class BulkLoad implements AutoCloseable {
    private final Connection connection;
    private final String table;
    private final Path tempDir;
    private final String insertSql;
    private final List<Part> parts = new ArrayList<>();
    private long inserted;

    private BulkLoad(Connection connection, String table, Path tempDir, String columnSpec) {
        this.connection = connection;
        this.table = table;
        this.tempDir = tempDir;
        this.insertSql = "INSERT INTO " + table + " SELECT * FROM read_csv(?, header = false, delim = ',', quote = '\"', "
                + "escape = '\"', allow_quoted_nulls = false, columns = " + columnSpec + ")";
    }

    /** Starts a load into {@code table}, whose columns and types are read from the catalog. */
    public static BulkLoad into(Connection connection, String table, Path tempDir) throws SQLException, IOException {
        OwnerOnlyFiles.createDirectories(tempDir);
        StringBuilder spec = new StringBuilder("{");
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type FROM "
                + "information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (spec.length() > 1) {
                        spec.append(", ");
                    }
                    spec.append('\'').append(rs.getString(1)).append("': '").append(rs.getString(2)).append('\'');
                }
            }
        }
        if (spec.length() == 1) {
            throw new SQLException("table " + table + " does not exist");
        }
        return new BulkLoad(connection, table, tempDir, spec.append('}').toString());
    }

    /** A new part; parts may be written by different threads at once, one thread per part. */
    public synchronized Part newPart() throws IOException {
        Path file = Files.createTempFile(tempDir, table + "-", ".csv");
        OwnerOnlyFiles.restrict(file);
        Part part = new Part(file);
        parts.add(part);
        return part;
    }

    /**
     * Inserts one finished part now and deletes its file, so that DuckDB can load it while other parts are still
     * being written. Call it from one thread at a time: the one that owns the connection.
     */
    public long insert(Part part) throws SQLException, IOException {
        part.close();
        long rows = 0;
        if (part.rows > 0) {
            try (PreparedStatement ps = connection.prepareStatement(insertSql)) {
                ps.setString(1, part.file.toString());
                rows = ps.executeUpdate();
            }
        }
        Files.deleteIfExists(part.file);
        part.inserted = true;
        inserted += rows;
        return rows;
    }

    /** Inserts every part not inserted yet, in the order the parts were created. Returns the rows of the whole load. */
    public long finish() throws SQLException, IOException {
        List<Part> pending;
        synchronized (this) {
            pending = parts.stream().filter(p -> !p.inserted).toList();
        }
        for (Part part : pending) {
            insert(part);
        }
        return inserted;
    }

    @Override
    public synchronized void close() throws IOException {
        for (Part part : parts) {
            part.close();
            Files.deleteIfExists(part.file);
        }
    }

    /** The rows of one writer thread. Call the value methods in column order between rows. */
    public static final class Part {
        private final Path file;
        private final BufferedWriter out;
        private final StringBuilder row = new StringBuilder(512);
        private boolean firstInRow = true;
        private long rows;
        private boolean closed;
        private volatile boolean inserted;

        private Part(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
        }

        public Part text(String value) {
            separate();
            if (value != null) {
                appendQuotedIfNeeded(value);
            }
            return this;
        }

        public Part number(long value) {
            separate();
            row.append(value);
            return this;
        }

        public Part number(Integer value) {
            separate();
            if (value != null) {
                row.append(value.intValue());
            }
            return this;
        }

        public Part date(LocalDate value) {
            separate();
            if (value != null) {
                row.append(value);
            }
            return this;
        }

        public Part bool(Boolean value) {
            separate();
            if (value != null) {
                row.append(value ? "true" : "false");
            }
            return this;
        }

        public void endRow() {
            row.append('\n');
            try {
                out.append(row);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the temporary load file " + file, e);
            }
            row.setLength(0);
            firstInRow = true;
            rows++;
        }

        public long rows() {
            return rows;
        }

        private void separate() {
            if (!firstInRow) {
                row.append(',');
            }
            firstInRow = false;
        }

        private void appendQuotedIfNeeded(String value) {
            if (value.isEmpty()) {
                row.append("\"\"");
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    row.append('"').append(value.replace("\"", "\"\"")).append('"');
                    return;
                }
            }
            row.append(value);
        }

        private void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}
