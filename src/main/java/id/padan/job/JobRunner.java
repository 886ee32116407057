package id.padan.job;

import id.padan.ingest.Preflight;
import id.padan.pull.Inbox;
import id.padan.warehouse.DuckDbDataSource;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Warehouse;
import id.padan.warehouse.WarehouseKey;
import id.padan.warehouse.WarehouseKeyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a job file once: takes the job's lock, checks every input file before anything is written, then starts the
 * next run or restarts the one that did not finish.
 */
public final class JobRunner {
    /** Under the job's output folder: one log per run, {@code <job>-<run>.log}. */
    public static final String LOG_FOLDER = "logs";

    private final PrintWriter console;
    private final DuckDbDataSource.Setup beforeAttach;
    private final Options options;

    /**
     * What {@code padan run} can say beyond the job file.
     *
     * @param period        the period judged as current, or null for each program's latest
     * @param progress      a resolved progress mode (not {@code AUTO})
     * @param progressEvery between two plain progress lines
     */
    public record Options(String period, RunProgress.Mode progress, java.time.Duration progressEvery) {
        public static final Options DEFAULT = new Options(null, RunProgress.Mode.LINES, RunProgress.DEFAULT_EVERY);
    }

    public JobRunner(PrintWriter console) {
        this(console, null, Options.DEFAULT);
    }

    public JobRunner(PrintWriter console, Options options) {
        this(console, null, options);
    }

    /**
     * @param beforeAttach run on the root connection of an encrypted warehouse before its file is attached; only
     *                     tests pass one (see {@link Warehouse#open(Path, Warehouse.Settings, DuckDbDataSource.Setup)})
     */
    public JobRunner(PrintWriter console, DuckDbDataSource.Setup beforeAttach) {
        this(console, beforeAttach, Options.DEFAULT);
    }

    /** See {@link #JobRunner(PrintWriter, DuckDbDataSource.Setup)}: only tests and the benchmark pass both. */
    public JobRunner(PrintWriter console, DuckDbDataSource.Setup beforeAttach, Options options) {
        this.console = console;
        this.beforeAttach = beforeAttach;
        this.options = options;
    }

    /** How a run ended. */
    public record Outcome(BatchStatus status, String runId, Path outputDir, String failure) {
        /** A night whose inbox held nothing new: no run was started. */
        public static final Outcome NOTHING_NEW = new Outcome(BatchStatus.COMPLETED, null, null, null);

        public boolean succeeded() {
            return status == BatchStatus.COMPLETED;
        }
    }

    /**
     * @throws JobFileException      when an input file cannot be used (nothing has been written then)
     * @throws RunLock.HeldException when another run of the job holds the lock
     * @throws UnknownPeriodException when {@code --period} names a period the job does not know
     */
    public Outcome run(Path jobFile, JobDefinition declared, String command) throws Exception {
        JobPaths paths = new JobPaths(declared);
        Path warehouseFile = paths.warehouse(declared);
        try (RunLock lock = RunLock.acquire(warehouseFile, command)) {
            Inbox.Plan pulled = declared.inbox() == null ? null : pull(jobFile, declared, paths);
            JobDefinition job = pulled == null ? declared : declared.withPulled(pulled.sources(), pulled.periods());
            checkPeriod(job);
            List<Problem> fileProblems = new Preflight(job, paths).problems();
            if (pulled != null) {
                pulled = withoutUnreadable(pulled, declared.sources().size(), fileProblems, Inbox.folder(job, paths));
                job = declared.withPulled(pulled.sources(), pulled.periods());
                fileProblems = problemsOfDeclared(fileProblems, declared.sources().size());
            }
            if (!fileProblems.isEmpty()) {
                throw new JobFileException(jobFile, JobFiles.withLines(jobFile, fileProblems));
            }
            try (Warehouse warehouse = Warehouse.open(warehouseFile, settings(job, paths), beforeAttach)) {
                BatchRuns runs = new BatchRuns(warehouse);
                BatchRuns.Plan plan = runs.plan(job.name());
                if (pulled != null && pulled.nothingNew() && declared.sources().isEmpty() && !plan.isRestart()) {
                    console.println("inbox: nothing new since the last run; no run");
                    console.flush();
                    return Outcome.NOTHING_NEW;
                }
                String runId = String.format(Locale.ROOT, "run-%04d", plan.runNumber());
                Path outputDir = OwnerOnlyFiles.createDirectories(paths.output(job).resolve(runId));
                try (RunLog log = RunLog.open(paths.output(job).resolve(LOG_FOLDER), job.name(), runId, console)) {
                    PrintWriter out = log.console();
                    RunProgress progress = new RunProgress(options.progress(), out, log::note,
                            options.progressEvery(), System::nanoTime);
                    RunContext context = new RunContext(job, paths, warehouse, runId, outputDir, out,
                            options.period(), progress);
                    out.println((plan.isRestart() ? "restarting " : "starting ") + runId + " of job '" + job.name()
                            + "'" + (plan.isRestart() ? " from the step that did not finish" : ""));
                    out.flush();
                    JobExecution execution = runs.run(PadanJob.build(context, runs.repository()), plan);
                    Outcome outcome = new Outcome(execution.getStatus(), runId, outputDir, failureOf(execution));
                    if (pulled != null && outcome.succeeded()) {
                        for (String moved : Inbox.archive(pulled, Inbox.folder(job, paths), LocalDate.now())) {
                            out.println("inbox: " + moved);
                        }
                    }
                    log.note("run " + runId + " ended " + execution.getStatus()
                            + (outcome.failure() == null ? "" : ": " + outcome.failure()));
                    return outcome;
                }
            }
        }
    }

    private Inbox.Plan pull(Path jobFile, JobDefinition job, JobPaths paths) throws Exception {
        List<Problem> problems = new java.util.ArrayList<>();
        Inbox.Plan plan = Inbox.plan(job, paths, Instant.now(), problems, options.period());
        if (!problems.isEmpty()) {
            throw new JobFileException(jobFile, JobFiles.withLines(jobFile, problems));
        }
        plan.notes().forEach(note -> console.println("inbox: " + note));
        console.flush();
        return plan;
    }

    /** A period chosen with {@code --period} must be one the job file or tonight's inbox names. */
    private void checkPeriod(JobDefinition job) throws UnknownPeriodException {
        if (options.period() == null) {
            return;
        }
        java.util.Set<String> known = new java.util.TreeSet<>(job.periods().keySet());
        job.sources().stream().map(JobDefinition.Source::period).filter(java.util.Objects::nonNull).forEach(known::add);
        if (!known.contains(options.period())) {
            throw new UnknownPeriodException(options.period(), known);
        }
    }

    private static final java.util.regex.Pattern SOURCE_INDEX = java.util.regex.Pattern.compile("^sources\\[(\\d+)\\]");

    /** The index of the source a problem concerns, or -1 when it concerns no single source. */
    private static int sourceIndex(Problem p) {
        java.util.regex.Matcher m = SOURCE_INDEX.matcher(p.path());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<Problem> problemsOfDeclared(List<Problem> problems, int declaredCount) {
        return problems.stream().filter(p -> sourceIndex(p) < declaredCount).toList();
    }

    /**
     * An inbox file that cannot be read does not stop the night: it goes to {@code failed/} with the reason, and the
     * run goes on with the other files. A fixed source of the job that cannot be read still stops the run.
     */
    private Inbox.Plan withoutUnreadable(Inbox.Plan pulled, int declaredCount, List<Problem> problems, Path folder)
            throws java.io.IOException {
        Map<Path, String> reasons = new java.util.LinkedHashMap<>();
        for (Problem p : problems) {
            int index = sourceIndex(p);
            if (index >= declaredCount) {
                reasons.merge(pulled.taken().get(index - declaredCount),
                        p.what() + (p.fix() == null ? "" : "; fix: " + p.fix()), (x, y) -> x + "\n" + y);
            }
        }
        for (Map.Entry<Path, String> failed : reasons.entrySet()) {
            Inbox.fail(failed.getKey(), folder, failed.getValue());
            console.println("inbox: " + failed.getKey().getFileName() + " cannot be read, moved to failed/ with the"
                    + " reason: " + failed.getValue().lines().findFirst().orElse(""));
        }
        return pulled.without(reasons.keySet());
    }

    public static Warehouse.Settings settings(JobDefinition job, JobPaths paths) throws WarehouseKeyException {
        JobDefinition.DuckDbSettings d = job.duckdb();
        Path temp = d.tempDirectory() == null ? null : paths.resolve(d.tempDirectory()).orElseThrow();
        Path keyFile = d.encryptionKeyFile() == null ? null : paths.resolve(d.encryptionKeyFile()).orElseThrow();
        return new Warehouse.Settings(d.memoryLimit(), d.threads(), temp,
                WarehouseKey.read(d.encryptionKeyEnv(), System.getenv(), keyFile));
    }

    private static String failureOf(JobExecution execution) {
        // a regency's part of a stage (flag:62.03) holds the real cause; its stage only says a part failed
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED && step.getStepName().contains(":")
                    && !step.getFailureExceptions().isEmpty()) {
                return "step '" + step.getStepName() + "' failed: " + describe(step.getFailureExceptions().get(0));
            }
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED) {
                Throwable cause = step.getFailureExceptions().isEmpty() ? null : step.getFailureExceptions().get(0);
                return "step '" + step.getStepName() + "' failed: " + describe(cause);
            }
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            return describe(t);
        }
        return null;
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "no reason recorded";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof id.padan.ingest.InputFileException)) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
