package id.padan.warehouse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
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
    private final DuckDBConnection root;

    public DuckDbDataSource(String jdbcUrl, Properties properties) throws SQLException {
        this.root = (DuckDBConnection) DriverManager.getConnection(jdbcUrl, properties);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return root.duplicate();
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
