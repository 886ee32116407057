package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobPaths;
import id.padan.link.Explainer;
import id.padan.link.LinkModel;
import id.padan.link.ModelFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains how a record was linked to DTKS: comparison by comparison the level that fired, its",
                "label and match weight, from the prior to the match probability (a waterfall in text).",
                "Example: padan explain jobs/sample-kapuas.yaml --record pkh_2026_t2.csv:17"})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job whose last run linked the record.")
    Path jobFile;

    @Option(names = "--record", required = true, paramLabel = "FILE:ROW",
            description = "The input file name and its 1-based data row (header excluded), e.g. pkh_2026_t2.csv:17.")
    String record;

    @Option(names = "--regency", paramLabel = "CODE",
            description = "In a job over several regencies: the regency whose file it is, e.g. 62.03.")
    String regency;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int colon = record.lastIndexOf(':');
        long row;
        try {
            row = colon < 1 ? -1 : Long.parseLong(record.substring(colon + 1));
        } catch (NumberFormatException e) {
            row = -1;
        }
        if (row < 1) {
            err.println("padan explain: --record must be FILE:ROW with a row number from 1, e.g. pkh_2026_t2.csv:17");
            return ExitCodes.BAD_USAGE;
        }
        String file = record.substring(0, colon);
        // under the job's lock and with its encryption key, as every command that reads the warehouse
        try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan explain")) {
            return explain(opened, file, row, out, err);
        }
    }

    private int explain(JobWarehouse opened, String file, long row, PrintWriter out, PrintWriter err)
            throws Exception {
        JobDefinition job = opened.job;
        JobPaths paths = opened.paths;
        Path warehouse = paths.warehouse(job);
        boolean several = job.partitionRegencies().size() > 1;
        if (several && (regency == null || !job.partitionRegencies().contains(regency))) {
            err.println("padan explain: the job covers the regencies " + String.join(", ", job.partitionRegencies())
                    + ", whose files may share names; add --regency with one of them");
            return ExitCodes.BAD_USAGE;
        }
        Path modelFile = job.linking().model() != null ? paths.resolve(job.linking().model()).orElseThrow()
                : ModelFile.nextTo(warehouse, several ? regency : null);
        if (!Files.isRegularFile(modelFile)) {
            err.println("padan explain: the job has not been linked yet; run 'padan run " + jobFile + "' first");
            return ExitCodes.BAD_USAGE;
        }
        LinkModel model = ModelFile.read(modelFile);
        Explainer explainer = new Explainer(opened.connection(), model);
        Optional<Long> recordId = explainer.recordOf(file, row, several ? regency : null);
        if (recordId.isEmpty()) {
            err.println("padan explain: " + file + " has no loaded row " + row
                    + "; check the file name (without folder) and the row (rejected rows are in rejects.csv)");
            return ExitCodes.BAD_USAGE;
        }
        out.println(explainer.describe(recordId.get()));
        Optional<Explainer.Explanation> explanation = explainer.explain(recordId.get());
        if (explanation.isEmpty()) {
            out.println("this is a DTKS/DTSEN registry row: other records are linked to it, it is not linked itself");
            return ExitCodes.OK;
        }
        Explainer.Explanation e = explanation.get();
        if (e.candidateId() != null) {
            out.println("DTKS candidate: " + explainer.describe(e.candidateId()));
        }
        if (e.nikOwnerId() != null && !e.nikOwnerId().equals(e.candidateId())) {
            out.println("the NIK written here belongs to: " + explainer.describe(e.nikOwnerId()));
        }
        out.print(Explainer.render(e));
        out.flush();
        return ExitCodes.OK;
    }
}
