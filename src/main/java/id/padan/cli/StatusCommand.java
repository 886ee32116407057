package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFileException;
import id.padan.job.JobFiles;
import id.padan.job.JobHistory;
import id.padan.job.JobPaths;
import id.padan.warehouse.RunLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows the last runs of a job (or of every job in jobs/): start, end, status, the step reached,",
                "the files read and where the outputs are."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the last run completed, or there is none yet", "1:the last run failed or did not finish",
                "2:bad usage or job file"})
final class StatusCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB.yaml",
            description = "The job file; without it, every job file in ./jobs.")
    Path jobFile;

    @Option(names = "--runs", defaultValue = "5", description = "How many runs to show (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print the same facts as JSON, one object with a list of jobs, for monitoring.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = jobFile != null ? List.of(jobFile) : jobFilesIn(Path.of("jobs"));
        if (files.isEmpty()) {
            err.println("no job file given and none found in ./jobs; try 'padan status jobs/sample-kapuas.yaml'");
            return ExitCodes.BAD_USAGE;
        }
        int worst = ExitCodes.OK;
        List<Map<String, Object>> jobs = new ArrayList<>();
        PrintWriter text = json ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        for (Path file : files) {
            JobDefinition job;
            try {
                job = JobFiles.load(file);
            } catch (JobFileException e) {
                err.println(e.getMessage());
                worst = Math.max(worst, ExitCodes.BAD_USAGE);
                continue;
            }
            Path warehouse = new JobPaths(job).warehouse(job);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("job", job.name());
            facts.put("job_file", file.toString());
            facts.put("warehouse", warehouse.toString());
            jobs.add(facts);
            text.println("job '" + job.name() + "' (" + file + "), warehouse " + warehouse);
            if (RunLock.isHeld(warehouse)) {
                text.println("  a run is in progress: " + RunLock.readHolder(RunLock.lockFileOf(warehouse)));
                facts.put("running", true);
                continue;
            }
            facts.put("running", false);
            if (!Files.exists(warehouse)) {
                text.println("  no runs yet");
                continue;
            }
            JobHistory.Report report = JobHistory.read(job, runs);
            facts.putAll(report.facts());
            report.lines().forEach(line -> text.println("  " + line));
            if (report.lastRunFailed()) {
                worst = Math.max(worst, ExitCodes.RUN_FAILED);
            }
        }
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("exit_code", worst);
            all.put("jobs", jobs);
            out.println(tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(all));
        }
        return worst;
    }

    private static List<Path> jobFilesIn(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            stream.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
