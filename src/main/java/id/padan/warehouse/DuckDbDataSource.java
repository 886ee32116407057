package id.padan.warehouse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * A DataSource over one embedded DuckDB database. DuckDB allows one process to hold the file, so every connection
 * handed out is a duplicate of one root connection: they share the database instance, each with its own transaction.
 */
public final class DuckDbDataSource implements DataSource, AutoCloseable {
    /** The catalog name of an attached (encrypted) warehouse file. */
    static final String ATTACHED = "padan";

    private final DuckDBConnection root;
    private final boolean attached;

    /** Something to run on a fresh root connection. */
    @FunctionalInterface
    public interface Setup {
        void run(Connection root) throws SQLException;
    }

    public DuckDbDataSource(String jdbcUrl, Properties properties) throws SQLException {
        this.root = (DuckDBConnection) DriverManager.getConnection(jdbcUrl, properties);
        this.attached = false;
    }

    private DuckDbDataSource(DuckDBConnection root) {
        this.root = root;
        this.attached = true;
    }

    /**
     * An encrypted warehouse: DuckDB encrypts a database file only when it is attached with a key, so the root is an
     * in-memory database with the file attached and made the default catalog of every connection. Writing needs
     * DuckDB's httpfs extension (its OpenSSL crypto); without it the attach is refused and the message says how to
     * get it.
     */
    static DuckDbDataSource encrypted(Path file, Properties properties, String key, Setup beforeAttach)
            throws SQLException, WarehouseKeyException {
        DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties);
        try {
            try (Statement s = root.createStatement()) {
                s.execute("LOAD httpfs");
            } catch (SQLException notInstalled) {
                // checked below: the attach says whether a usable crypto module is there
            }
            if (beforeAttach != null) {
                beforeAttach.run(root);
            }
            try (PreparedStatement ps = root.prepareStatement("ATTACH ? AS " + ATTACHED + " (ENCRYPTION_KEY ?)")) {
                ps.setString(1, file.toString());
                ps.setString(2, key);
                ps.execute();
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("crypto module")) {
                    throw new WarehouseKeyException("the job asks for an encrypted warehouse, but DuckDB's httpfs"
                            + " extension, which does the encryption, is not installed on this machine. Install it once"
                            + " with internet access (duckdb -c \"INSTALL httpfs\") or copy httpfs.duckdb_extension into"
                            + " ~/.duckdb/extensions/; or remove duckdb.encryption_key_* from the job file");
                }
                if (message.contains("key") || message.contains("decrypt") || message.contains("encrypt")) {
                    throw new WarehouseKeyException("cannot open the encrypted warehouse " + file + " with the key"
                            + " the job file names: the key is wrong, or the file was not encrypted with it ("
                            + message.strip() + ")");
                }
                throw e;
            }
            try (Statement s = root.createStatement()) {
                s.execute("USE " + ATTACHED);
            }
            return new DuckDbDataSource(root);
        } catch (SQLException | WarehouseKeyException | RuntimeException e) {
            root.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        DuckDBConnection connection = root.duplicate();
        if (attached) {
            try (Statement s = connection.createStatement()) {
                s.execute("USE " + ATTACHED);
            }
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DuckDB has no driver-level log writer; padan logs through java.util.logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // An embedded database has no login.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("DuckDB logs through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
