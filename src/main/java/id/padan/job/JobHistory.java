package id.padan.job;

import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;

/** The story of a job's last runs, read from the Spring Batch repository and the imports table. */
public final class JobHistory {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JobHistory() {
    }

    public record Report(List<String> lines, boolean lastRunFailed) {
    }

    public static Report read(JobDefinition job, int maxRuns) throws Exception {
        JobPaths paths = new JobPaths(job);
        try (Warehouse warehouse = Warehouse.open(paths.warehouse(job), JobRunner.settings(job, paths))) {
            BatchRuns runs = new BatchRuns(warehouse);
            List<String> lines = new ArrayList<>();
            List<JobInstance> instances = runs.repository().getJobInstances(job.name(), 0, maxRuns);
            if (instances.isEmpty()) {
                return new Report(List.of("no runs yet"), false);
            }
            lines.add(String.format(Locale.ROOT, "%-9s %-19s  %-19s  %-10s %s", "run", "started", "ended", "status",
                    "steps"));
            boolean lastFailed = false;
            boolean first = true;
            for (JobInstance instance : instances) {
                List<JobExecution> executions = new ArrayList<>(runs.repository().getJobExecutions(instance));
                executions.sort(Comparator.comparing(JobExecution::getId));
                for (JobExecution execution : executions) {
                    Long run = execution.getJobParameters().getLong(BatchRuns.RUN_PARAMETER);
                    String runId = String.format(Locale.ROOT, "run-%04d", run == null ? instance.getInstanceId() : run);
                    lines.add(String.format(Locale.ROOT, "%-9s %-19s  %-19s  %-10s %s", runId,
                            format(execution.getStartTime()), format(execution.getEndTime()),
                            describe(execution), steps(execution)));
                }
                JobExecution last = executions.get(executions.size() - 1);
                if (first) {
                    lastFailed = last.getStatus() != BatchStatus.COMPLETED;
                    lines.addAll(importsOf(warehouse, String.format(Locale.ROOT, "run-%04d",
                            last.getJobParameters().getLong(BatchRuns.RUN_PARAMETER))));
                    lines.add("outputs: " + paths.output(job).resolve(String.format(Locale.ROOT, "run-%04d",
                            last.getJobParameters().getLong(BatchRuns.RUN_PARAMETER))));
                    first = false;
                }
            }
            return new Report(lines, lastFailed);
        }
    }

    private static String describe(JobExecution execution) {
        // A STARTED execution with no live process holding the lock was killed or crashed part-way.
        return execution.getStatus() == BatchStatus.STARTED ? "INTERRUPTED" : execution.getStatus().name();
    }

    private static String steps(JobExecution execution) {
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.sort(Comparator.comparing(StepExecution::getId));
        StringBuilder out = new StringBuilder();
        for (StepExecution step : steps) {
            if (!out.isEmpty()) {
                out.append(" > ");
            }
            out.append(step.getStepName());
            if (step.getStatus() != BatchStatus.COMPLETED) {
                out.append(" (").append(step.getStatus().name()).append(')');
            }
        }
        return out.isEmpty() ? "-" : out.toString();
    }

    private static List<String> importsOf(Warehouse warehouse, String runId) throws Exception {
        List<String> lines = new ArrayList<>();
        if (!warehouse.tableExists(Tables.IMPORTS)) {
            return lines;
        }
        String sql = "SELECT count(*), coalesce(sum(rows_read), 0), coalesce(sum(rows_loaded), 0), "
                + "coalesce(sum(rows_rejected), 0) FROM " + Tables.IMPORTS + " WHERE run_id = ?";
        try (Connection c = warehouse.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lines.add(String.format(Locale.ROOT, "last run loaded %d file(s): %,d rows read = %,d loaded + %,d rejected",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return lines;
    }

    private static String format(LocalDateTime time) {
        return time == null ? "-" : time.format(TIME);
    }
}
