package id.padan.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job's embedded DuckDB file: it holds every stage table and the Spring Batch job repository, so one file is the
 * whole state of a job and a crashed run can restart from it.
 */
public final class Warehouse implements AutoCloseable {
    private static final String BATCH_SCHEMA = "org/springframework/batch/core/schema-postgresql.sql";

    private final Path file;
    private final DuckDbDataSource dataSource;
    private final JdbcTransactionManager transactionManager;

    private Warehouse(Path file, DuckDbDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.transactionManager = new JdbcTransactionManager(dataSource);
    }

    /**
     * Opens (or creates) the warehouse file.
     *
     * @param settings DuckDB resource settings; nulls keep DuckDB's defaults
     */
    public static Warehouse open(Path file, Settings settings) throws SQLException, IOException, WarehouseKeyException {
        return open(file, settings, null);
    }

    /**
     * Opens the warehouse, running {@code beforeAttach} on the in-memory root connection of an encrypted warehouse
     * before the file is attached. Only tests pass it, to allow DuckDB's unsafe crypto module where httpfs is absent.
     */
    public static Warehouse open(Path file, Settings settings, DuckDbDataSource.Setup beforeAttach)
            throws SQLException, IOException, WarehouseKeyException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties properties = new Properties();
        if (settings.memoryLimit() != null) {
            properties.setProperty("memory_limit", settings.memoryLimit());
        }
        if (settings.threads() != null) {
            properties.setProperty("threads", settings.threads().toString());
        }
        if (settings.tempDirectory() != null) {
            Files.createDirectories(settings.tempDirectory());
            properties.setProperty("temp_directory", settings.tempDirectory().toString());
        }
        DuckDbDataSource dataSource = settings.encryptionKey() == null
                ? new DuckDbDataSource("jdbc:duckdb:" + file.toAbsolutePath(), properties)
                : DuckDbDataSource.encrypted(file.toAbsolutePath(), properties, settings.encryptionKey(), beforeAttach);
        Warehouse warehouse = new Warehouse(file, dataSource);
        warehouse.ensureBatchRepository();
        OwnerOnlyFiles.restrict(file);
        return warehouse;
    }

    /**
     * DuckDB settings of the job file, with paths already resolved.
     *
     * @param encryptionKey the key the file is encrypted with, or null for a plain file
     */
    public record Settings(String memoryLimit, Integer threads, Path tempDirectory, String encryptionKey) {
        public static final Settings DEFAULT = new Settings(null, null, null, null);

        @Override
        public String toString() {
            return "Settings[memoryLimit=" + memoryLimit + ", threads=" + threads + ", tempDirectory=" + tempDirectory
                    + ", encrypted=" + (encryptionKey != null) + "]";
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Where stages put their temporary bulk-load files: beside the warehouse, because they hold the same personal
     * data and belong on the same disk.
     */
    public Path scratchDir() {
        return file.resolveSibling(file.getFileName() + ".scratch");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    /** Runs a {@code .sql} resource of statements separated by semicolons (DDL of a stage's tables). */
    public void runScript(String classpathResource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource(classpathResource));
        }
    }

    /**
     * Runs a stage's {@code .sql} resource on the step's connection: statements separated by lines holding only
     * {@code ;;}, so a statement may hold semicolons inside its text.
     */
    public static void runStageScript(Connection c, String classpathResource) throws SQLException {
        ScriptUtils.executeSqlScript(c, new EncodedResource(new ClassPathResource(classpathResource),
                StandardCharsets.UTF_8), false, false, ScriptUtils.DEFAULT_COMMENT_PREFIX, ";;",
                ScriptUtils.DEFAULT_BLOCK_COMMENT_START_DELIMITER, ScriptUtils.DEFAULT_BLOCK_COMMENT_END_DELIMITER);
    }

    public boolean tableExists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return tableExists(c, table);
        }
    }

    public static boolean tableExists(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = lower(?)"
                        // a regency's schema also holds its own links and flags; the main schema holds the gathered
                        // ones, and a connection in a regency's schema reads the main tables it does not have
                        + " AND table_schema IN (current_schema(), 'main')")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void ensureBatchRepository() throws SQLException {
        if (!tableExists("BATCH_JOB_INSTANCE")) {
            runScript(BATCH_SCHEMA);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } finally {
            dataSource.close();
        }
    }
}
