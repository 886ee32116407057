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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;

/** The story of a job's last runs, read from the Spring Batch repository and the imports table. */
public final class JobHistory {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JobHistory() {
    }

    /**
     * @param lines         the story as text, one line each
     * @param lastRunFailed whether the newest run did not complete
     * @param facts         the same story as data, for {@code padan status --json}
     */
    public record Report(List<String> lines, boolean lastRunFailed, Map<String, Object> facts) {
    }

    public static Report read(JobDefinition job, int maxRuns) throws Exception {
        JobPaths paths = new JobPaths(job);
        try (Warehouse warehouse = Warehouse.open(paths.warehouse(job), JobRunner.settings(job, paths))) {
            BatchRuns runs = new BatchRuns(warehouse);
            List<String> lines = new ArrayList<>();
            List<JobInstance> instances = runs.repository().getJobInstances(job.name(), 0, maxRuns);
            Map<String, Object> facts = new LinkedHashMap<>();
            List<Map<String, Object>> runFacts = new ArrayList<>();
            facts.put("runs", runFacts);
            if (instances.isEmpty()) {
                return new Report(List.of("no runs yet"), false, facts);
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
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("run_id", runId);
                    one.put("started", format(execution.getStartTime()));
                    one.put("ended", format(execution.getEndTime()));
                    one.put("status", describe(execution));
                    one.put("steps", steps(execution));
                    runFacts.add(one);
                }
                JobExecution last = executions.get(executions.size() - 1);
                if (first) {
                    lastFailed = last.getStatus() != BatchStatus.COMPLETED;
                    String lastRun = String.format(Locale.ROOT, "run-%04d",
                            last.getJobParameters().getLong(BatchRuns.RUN_PARAMETER));
                    lines.addAll(importsOf(warehouse, lastRun, facts));
                    if (!lastFailed) {
                        lines.addAll(flagCounts(warehouse, facts));
                    }
                    Path outputs = paths.output(job).resolve(lastRun);
                    lines.add("outputs: " + outputs);
                    facts.put("last_run", lastRun);
                    facts.put("last_run_failed", lastFailed);
                    facts.put("outputs", outputs.toString());
                    first = false;
                }
            }
            return new Report(lines, lastFailed, facts);
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
            // a regency's part of a stage (link:62.03) is told only when it did not finish: its stage says the rest
            if (step.getStepName().contains(":") && step.getStatus() == BatchStatus.COMPLETED) {
                continue;
            }
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

    /** The cases of the last completed run per flag: the cases table holds the newest run's cases only. */
    private static List<String> flagCounts(Warehouse warehouse, Map<String, Object> facts) throws Exception {
        List<String> lines = new ArrayList<>();
        if (!warehouse.tableExists(Tables.CASES)) {
            return lines;
        }
        Map<String, Long> perFlag = new LinkedHashMap<>();
        try (Connection c = warehouse.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT flag, count(*) FROM " + Tables.CASES + " GROUP BY flag ORDER BY flag");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                perFlag.put(rs.getString(1), rs.getLong(2));
            }
        }
        StringBuilder line = new StringBuilder("cases per flag:");
        perFlag.forEach((flag, n) -> line.append(' ').append(flag).append(' ').append(n).append(','));
        lines.add(perFlag.isEmpty() ? "no cases" : line.substring(0, line.length() - 1));
        facts.put("cases_per_flag", perFlag);
        return lines;
    }

    private static List<String> importsOf(Warehouse warehouse, String runId, Map<String, Object> facts) throws Exception {
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
                Map<String, Object> files = new LinkedHashMap<>();
                files.put("files", rs.getLong(1));
                files.put("rows_read", rs.getLong(2));
                files.put("rows_loaded", rs.getLong(3));
                files.put("rows_rejected", rs.getLong(4));
                facts.put("last_run_loaded", files);
            }
        }
        return lines;
    }

    private static String format(LocalDateTime time) {
        return time == null ? "-" : time.format(TIME);
    }
}
