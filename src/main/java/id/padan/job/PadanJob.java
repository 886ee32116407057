package id.padan.job;

import id.padan.cases.CaseTasklet;
import id.padan.flag.FlagTasklet;
import id.padan.ingest.IngestTasklet;
import id.padan.link.LinkTasklet;
import id.padan.report.AccountingTasklet;
import id.padan.report.RunOutputs;
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
    public static final String LINK = "link";
    public static final String FLAG = "flag";
    public static final String CASES = "cases";
    public static final String ACCOUNTING = "accounting";
    public static final String OUTPUTS = "outputs";
    public static final String WORKLISTS = "worklists";

    private PadanJob() {
    }

    public static Job build(RunContext run, JobRepository repository) {
        return new JobBuilder(run.job().name(), repository)
                .start(step(INGEST, new IngestTasklet(run), run, repository))            // files -> raw_*, imports, rejects
                .next(step(STANDARDIZE, new StandardizeTasklet(run), run, repository))   // raw_* -> person_std
                .next(step(LINK, new LinkTasklet(run), run, repository))                 // person_std -> links, clusters
                .next(step(FLAG, new FlagTasklet(run), run, repository))                 // links -> flags, drops
                .next(step(CASES, new CaseTasklet(run), run, repository))                // flags, complaints -> cases
                .next(step(ACCOUNTING, new AccountingTasklet(run), run, repository))     // accounting, rejects.csv
                .next(step(OUTPUTS, new RunOutputs(run), run, repository))               // cases.csv, coverage.csv, summary.txt
                .next(step(WORKLISTS, new WorklistTasklet(run), run, repository))        // cases -> TKSK worklists
                .build();
    }

    private static Step step(String name, Tasklet tasklet, RunContext run, JobRepository repository) {
        return new StepBuilder(name, repository)
                .tasklet(tasklet, run.warehouse().transactionManager())
                .build();
    }
}
