package id.padan.job;

import id.padan.ingest.IngestTasklet;
import id.padan.report.AccountingTasklet;
import id.padan.standardize.StandardizeTasklet;
import id.padan.worklist.WorklistTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * The verification job as Spring Batch runs it: one step per stage, in the order data flows. Each step commits its
 * work in the same transaction as its bookkeeping, so a run that dies restarts at the step that did not finish.
 */
public final class PadanJob {
    public static final String INGEST = "ingest";
    public static final String STANDARDIZE = "standardize";
    public static final String ACCOUNTING = "accounting";
    public static final String WORKLISTS = "worklists";

    private PadanJob() {
    }

    public static Job build(RunContext run, JobRepository repository) {
        return new JobBuilder(run.job().name(), repository)
                .start(step(INGEST, new IngestTasklet(run), run, repository))            // files -> raw_*, imports, rejects
                .next(step(STANDARDIZE, new StandardizeTasklet(run), run, repository))   // raw_* -> person_std
                // link (block, compare, score, cluster), flag and cases, then worklists, join the flow here
                .next(step(ACCOUNTING, new AccountingTasklet(run), run, repository))     // accounting, rejects.csv
                .next(step(WORKLISTS, new WorklistTasklet(run), run, repository))        // cases -> TKSK worklists
                .build();
    }

    private static Step step(String name, Tasklet tasklet, RunContext run, JobRepository repository) {
        return new StepBuilder(name, repository)
                .tasklet(tasklet, run.warehouse().transactionManager())
                .build();
    }
}
