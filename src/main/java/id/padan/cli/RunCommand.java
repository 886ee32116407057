package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobRunner;
import id.padan.job.RunProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a job: ingest every source, standardize, and write the run's outputs.",
                "A run that failed or was killed is restarted from the step that did not finish."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed", "1:the run failed (see the message; run again to restart it)",
                "2:bad usage, job file or input file", "3:another run of this job holds the lock"})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file, e.g. jobs/sample-kapuas.yaml.")
    Path jobFile;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = {"Judge this period (e.g. 2026-T1) as current instead of the latest, for each program that"
                    + " has a list of it; its previous period is the job file's 'previous'.",
                    "With an inbox, only this period and the one before it are taken; later lists stay in the inbox."})
    String period;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = {"How long steps show progress: auto (a bar on a terminal, plain lines otherwise), bar,"
                    + " lines or none. The run log gets the plain lines in every mode. Default: ${DEFAULT-VALUE}."})
    String progress;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "Seconds between two plain progress lines (default: ${DEFAULT-VALUE}).")
    long progressEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        RunProgress.Mode mode;
        try {
            mode = RunProgress.Mode.parse(progress).resolve(interactive());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (progressEvery < 0) {
            throw new UsageException("--progress-every must be 0 or more seconds, not " + progressEvery);
        }
        JobDefinition job = JobFiles.load(jobFile);
        JobRunner.Options options = new JobRunner.Options(period == null || period.isBlank() ? null : period.trim(),
                mode, Duration.ofSeconds(progressEvery));
        JobRunner.Outcome outcome = new JobRunner(out, options).run(jobFile, job, "padan run " + jobFile);
        if (outcome == JobRunner.Outcome.NOTHING_NEW) {
            return ExitCodes.OK;
        }
        if (outcome.succeeded()) {
            out.println("run " + outcome.runId() + " completed; outputs in " + outcome.outputDir());
            return ExitCodes.OK;
        }
        err.println("run " + outcome.runId() + " " + outcome.status().name().toLowerCase() + ": " + outcome.failure());
        err.println("fix the cause and run 'padan run " + jobFile + "' again: it restarts from the failed step.");
        return ExitCodes.RUN_FAILED;
    }

    /**
     * A person is watching: the JVM has a console (neither input nor output redirected, as under cron or
     * {@code padan-nightly}) on a terminal that can redraw a line.
     */
    private static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
