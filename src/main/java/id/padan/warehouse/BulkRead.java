package id.padan.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a query's rows into Java through a CSV that DuckDB writes itself ({@code COPY ... TO}): much faster than
 * fetching values one by one over JDBC. Nulls come back as null, empty strings as "". Iterate once, then close.
 */
public final class BulkRead implements AutoCloseable, Iterable<String[]> {
    /** DuckDB writes NULL as this; a real value equal to it is not expected in registry data. */
    private static final String NULL = "\\N";

    private final Path file;
    private final CSVParser parser;

    private BulkRead(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /**
     * @param query  a SELECT whose {@code ?} are bound to {@code params}, in order
     */
    public static BulkRead of(Connection connection, Path tempDir, String query, Object... params)
            throws SQLException, IOException {
        OwnerOnlyFiles.createDirectories(tempDir);
        Path file = Files.createTempFile(tempDir, "read-", ".csv");
        OwnerOnlyFiles.restrict(file);
        try (PreparedStatement ps = connection.prepareStatement("COPY (" + query + ") TO ? (FORMAT csv, HEADER false, "
                + "DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULLSTR '" + NULL + "')")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.setString(params.length + 1, file.toString());
            ps.execute();
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser = CSVFormat.DEFAULT.builder().setNullString(NULL).get().parse(reader);
            return new BulkRead(file, parser);
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public Iterator<String[]> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public String[] next() {
                return records.next().values();
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
