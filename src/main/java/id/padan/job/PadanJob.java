package id.padan.job;

import id.padan.cases.CaseIds;
import id.padan.cases.CaseTasklet;
import id.padan.flag.FlagTasklet;
import id.padan.ingest.IngestTasklet;
import id.padan.link.LinkTasklet;
import id.padan.link.NikIndex;
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
 * work in the same transaction as its bookkeeping, so a run that dies restarts at the step that did not finish. The
 * link and flag stages run once per regency of the job (a partitioned step), each in its regency's schema.
 */
public final class PadanJob {
    public static final String INGEST = "ingest";
    public static final String STANDARDIZE = "standardize";
    public static final String REGENCIES = "regencies";
    public static final String NIK_INDEX = "nik_index";
    public static final String LINK = "link";
    public static final String FLAG = "flag";
    public static final String GATHER = "gather";
    public static final String CASES = "cases";
    public static final String CASE_IDS = "case_ids";
    public static final String ACCOUNTING = "accounting";
    public static final String OUTPUTS = "outputs";
    public static final String WORKLISTS = "worklists";

    private PadanJob() {
    }

    public static Job build(RunContext run, JobRepository repository) {
        return new JobBuilder(run.job().name(), repository)
                .start(step(INGEST, new IngestTasklet(run), run, repository))            // files -> raw_*, imports, rejects
                .next(step(STANDARDIZE, new StandardizeTasklet(run), run, repository))   // raw_* -> person_std
                .next(step(REGENCIES, new PartitionSetupTasklet(run), run, repository))  // imports -> a schema per regency
                .next(step(NIK_INDEX, new NikIndex(run), run, repository))               // DTKS -> sorted Parquet per regency
                .next(RegencyStep.build(LINK, run, repository, LinkTasklet::new))        // per regency: person_std -> links, clusters
                .next(RegencyStep.build(FLAG, run, repository, FlagTasklet::new))        // per regency: links, NIK index -> flags, drops
                .next(RegencyStep.build(CASES, run, repository, CaseTasklet::new))       // per regency: flags, complaints -> cases
                .next(step(GATHER, new GatherTasklet(run), run, repository))             // every regency's tables -> main
                .next(step(CASE_IDS, new CaseIds(run), run, repository))                 // cases -> stable case ids
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
