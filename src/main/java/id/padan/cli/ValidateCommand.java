package id.padan.cli;

import id.padan.ingest.Preflight;
import id.padan.job.JobDefinition;
import id.padan.job.JobFileException;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a job file without running it: keys, values, paths, and that every input file exists",
                "and its header can be mapped. Reports every problem at once, with its YAML path and a fix."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the job file and its inputs are usable", "2:problems were found"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file to check.")
    Path jobFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        JobDefinition job = JobFiles.load(jobFile);
        Preflight preflight = new Preflight(job, new JobPaths(job));
        List<Problem> problems = preflight.problems();
        if (!problems.isEmpty()) {
            throw new JobFileException(jobFile, JobFiles.withLines(jobFile, problems));
        }
        for (String line : preflight.summary()) {
            out.println(line);
        }
        out.println(jobFile + ": ok, " + job.sources().size() + " sources");
        return ExitCodes.OK;
    }
}
