package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.JobRunner;
import id.padan.report.ProgressReport;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import id.padan.worklist.ResultImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the progress report for the head of the Dinas: one self-contained HTML file with the",
                "verification progress per kecamatan and village, flags by type, DTKS coverage against the threshold",
                "and the monthly aid still going to confirmed ghosts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage or job file, or no cases yet", "3:a run of this job holds the lock"})
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan report").requireCases()) {
            ResultImport.ensureSchema(opened.connection());
            Path target = opened.paths.output(opened.job).resolve(ProgressReport.FILE);
            new ProgressReport(opened.job).write(opened.connection(), target);
            out.println("progress report in " + target);
        }
        return ExitCodes.OK;
    }
}
