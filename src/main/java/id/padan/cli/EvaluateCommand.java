package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.link.CsvLinkConfig;
import id.padan.link.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores links against ground truth: precision, recall and F1 at the threshold, and the",
                "precision-recall curve as CSV.",
                "  padan evaluate --config jobs/febrl4-link.yaml      (after padan link; truth from the ids)",
                "  padan evaluate --job JOB.yaml --truth DIR/truth/links.csv   (after padan run on synthetic data)"})
final class EvaluateCommand implements Callable<Integer> {
    static final class Target {
        @Option(names = "--config", paramLabel = "FILE", description = "A padan link config whose output to score.")
        Path config;

        @Option(names = "--job", paramLabel = "JOB.yaml", description = "A job whose links to score (needs --truth).")
        Path job;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--truth", paramLabel = "FILE", description = "truth/links.csv written by padan synth.")
    Path truth;

    @Option(names = "--curve", paramLabel = "FILE",
            description = "Where to write the precision-recall curve (default: pr-curve.csv in the output folder).")
    Path curve;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Evaluation.Result result;
        Path curveFile;
        if (target.config != null) {
            CsvLinkConfig config = CsvLinkConfig.load(target.config);
            Path output = config.resolve(config.output());
            if (!Files.isRegularFile(output.resolve("candidates.csv"))) {
                spec.commandLine().getErr().println("padan evaluate: " + output + " has no candidates.csv; run "
                        + "'padan link --config " + target.config + "' first");
                return ExitCodes.BAD_USAGE;
            }
            result = Evaluation.ofCsvLink(config);
            curveFile = curve == null ? output.resolve("pr-curve.csv") : curve;
        } else {
            if (truth == null || !Files.isRegularFile(truth)) {
                spec.commandLine().getErr().println("padan evaluate: --job needs --truth DIR/truth/links.csv "
                        + "(written by padan synth)");
                return ExitCodes.BAD_USAGE;
            }
            JobDefinition job = JobFiles.load(target.job);
            JobPaths paths = new JobPaths(job);
            Path warehouse = paths.warehouse(job);
            if (!Files.isRegularFile(warehouse)) {
                spec.commandLine().getErr().println("padan evaluate: " + warehouse + " does not exist; run 'padan run "
                        + target.job + "' first");
                return ExitCodes.BAD_USAGE;
            }
            result = Evaluation.ofWarehouse(warehouse, truth, job.thresholds().matchProbabilityOrDefault());
            curveFile = curve == null ? paths.output(job).resolve("pr-curve.csv") : curve;
        }
        out.println(String.format(Locale.ROOT, "at match probability %.3f (%,d true links):", result.threshold(),
                result.truePairs()));
        out.println("  " + result.pairs().line(target.config != null ? "pairs" : "records linked to DTKS"));
        if (result.clusters() != null) {
            out.println("  " + result.clusters().line("pairs within clusters"));
        }
        if (!Double.isNaN(result.blockingRecall())) {
            out.println(String.format(Locale.ROOT, "  blocking recall %.4f (share of true pairs that a blocking rule "
                    + "produced)", result.blockingRecall()));
        }
        Files.createDirectories(curveFile.toAbsolutePath().getParent());
        Evaluation.writeCurve(result.curve(), curveFile);
        out.println("precision-recall curve: " + curveFile);
        return ExitCodes.OK;
    }
}
