package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.JobRunner;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A job's warehouse as the commands other than {@code run} open it: under the job's lock, so no run writes while they
 * read or add field results, and with the job's encryption key.
 */
final class JobWarehouse implements AutoCloseable {
    final JobDefinition job;
    final JobPaths paths;
    final Warehouse warehouse;
    private final RunLock lock;
    private final Connection connection;

    private JobWarehouse(JobDefinition job, JobPaths paths, RunLock lock, Warehouse warehouse) throws SQLException {
        this.job = job;
        this.paths = paths;
        this.lock = lock;
        this.warehouse = warehouse;
        this.connection = warehouse.dataSource().getConnection();
    }

    /**
     * @param command what the lock file names as the holder, e.g. {@code padan cases}
     * @throws UsageException when the job has no warehouse yet
     */
    static JobWarehouse open(Path jobFile, String command) throws Exception {
        JobDefinition job = JobFiles.load(jobFile);
        JobPaths paths = new JobPaths(job);
        Path file = paths.warehouse(job);
        if (!Files.exists(file)) {
            throw new UsageException("job '" + job.name() + "' has no warehouse yet (" + file + "): run 'padan run "
                    + jobFile + "' first");
        }
        RunLock lock = RunLock.acquire(file, command);
        try {
            return new JobWarehouse(job, paths, lock, Warehouse.open(file, JobRunner.settings(job, paths)));
        } catch (Exception | Error e) {
            lock.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    /** @throws UsageException when the flag and cases steps have not run yet */
    JobWarehouse requireCases() throws Exception {
        if (!warehouse.tableExists(Tables.CASES)) {
            throw new UsageException("job '" + job.name() + "' has no cases yet: the flag and cases steps have not run");
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        try (RunLock held = lock; Warehouse open = warehouse; Connection c = connection) {
            // closed in reverse order: connection, warehouse, then the lock
        }
    }
}
