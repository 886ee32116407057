package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.JobRunner;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Warehouse;
import id.padan.worklist.CaseListing;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cases", mixinStandardHelpOptions = true,
        description = {"Lists the cases of a job with their current field result, highest priority first.",
                "NIKs are masked."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (possibly none)", "2:bad usage or job file, or no cases yet",
                "3:a run of this job holds the lock"})
final class CasesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "TERBUKA (no result yet), SELESAI (any result) or a HASIL value such as MENINGGAL.")
    String status;

    @Option(names = "--kecamatan", paramLabel = "NAME|CODE", description = "A kecamatan, by name or code (62.03.01).")
    String kecamatan;

    @Option(names = "--desa", paramLabel = "NAME|CODE", description = "A village, by name or code (62.03.01.2001).")
    String desa;

    @Option(names = "--flag", paramLabel = "FLAG", description = "A flag code, e.g. GHOST_DECEASED.")
    String flag;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many cases (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseListing.Filter filter = new CaseListing.Filter(status, kecamatan, desa, flag);
        var problem = CaseListing.problemOf(filter);
        if (problem.isPresent()) {
            err.println("padan cases: " + problem.get());
            return ExitCodes.BAD_USAGE;
        }
        try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan cases").requireCases()) {
            List<CaseListing.Listed> cases = CaseListing.list(opened.connection(), filter, limit);
            cases.forEach(l -> out.println(CaseListing.line(l)));
            out.println(cases.size() + (cases.size() == limit ? "+ cases (raise --limit to see more)" : " cases"));
        }
        return ExitCodes.OK;
    }
}
