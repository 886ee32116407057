package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.JobRunner;
import id.padan.warehouse.ExportAudit;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Lists every export of personal data of a job: when, by which OS user, what, how many rows, where.")
final class AuditCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(names = "--limit", defaultValue = "50", description = "How many of the latest exports (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        JobDefinition job = JobFiles.load(jobFile);
        JobPaths paths = new JobPaths(job);
        Path warehouseFile = paths.warehouse(job);
        if (!Files.exists(warehouseFile)) {
            out.println("job '" + job.name() + "' has no warehouse yet, so nothing was exported");
            return ExitCodes.OK;
        }
        if (RunLock.isHeld(warehouseFile)) {
            spec.commandLine().getErr().println("a run of job '" + job.name() + "' is in progress ("
                    + RunLock.readHolder(RunLock.lockFileOf(warehouseFile)) + "); try again when it has finished");
            return ExitCodes.LOCKED;
        }
        try (Warehouse warehouse = Warehouse.open(warehouseFile, JobRunner.settings(job, paths));
                Connection c = warehouse.dataSource().getConnection()) {
            ExportAudit.ensureTable(c);
            out.println(String.format(Locale.ROOT, "%-19s  %-12s %-9s %-22s %9s  %s", "exported at", "user", "run",
                    "what", "rows", "file"));
            try (PreparedStatement ps = c.prepareStatement("SELECT strftime(exported_at, '%Y-%m-%d %H:%M:%S'), os_user,"
                    + " run_id, what, rows, file FROM " + Tables.EXPORT_AUDIT
                    + " ORDER BY exported_at DESC, run_id DESC, what LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.println(String.format(Locale.ROOT, "%-19s  %-12s %-9s %-22s %,9d  %s", rs.getString(1),
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}
