package id.padan.cli;

import id.padan.synth.MultiSynthOptions;
import id.padan.synth.MultiSynthesizer;
import id.padan.synth.SynthLayout;
import id.padan.synth.SynthOptions;
import id.padan.synth.SynthReport;
import id.padan.synth.Synthesizer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic population of a regency in every input layout (DTKS, two periods of PKH",
                "and KIP, complaints, deaths, civil servants, population), and the truth of what it planted in",
                "OUT/truth/. The same options always give the same files.",
                "With several regencies, each goes into OUT/<code>/ as a run of its own would write it (its own",
                "seed), a few people are moved between them (truth/cross_regency.csv), and OUT/job.yaml runs them all."})
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--households", required = true,
            description = "Number of DTKS households (about 4 persons each), per regency.")
    int households;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--regency", defaultValue = "62.03", split = ",", paramLabel = "CODE",
            description = {"Kemendagri regency code (default: ${DEFAULT-VALUE}, Kabupaten Kapuas). Repeat it or give",
                    "a comma list (62.01,62.02) for several regencies."})
    List<String> regencies;

    @Option(names = "--out", required = true, description = "Folder to write into.")
    Path out;

    @Option(names = "--noise", defaultValue = "0.3", description = "Typing noise in copied records, 0..1 (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--period1", description = "Reference date of the previous period (default: 2026-03-31).")
    LocalDate period1;

    @Option(names = "--period2", description = "Reference date of the current period (default: 2026-09-30).")
    LocalDate period2;

    @Option(names = "--layout", defaultValue = "default", paramLabel = "NAME",
            description = {"Write the files in this layout (default: ${DEFAULT-VALUE}): default, dtks-siks-ng-2021,",
                    "dtks-siks-ng-2022, dtsen, recipients-village, recipients-opensid or recipients-sipintar.",
                    "The people and rows are the same in every layout."})
    String layout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (regencies.size() > 1) {
            return several();
        }
        SynthOptions options;
        try {
            options = new SynthOptions(households, seed, regencies.get(0), out,
                    period1 == null ? SynthOptions.DEFAULT_PERIOD1 : period1,
                    period2 == null ? SynthOptions.DEFAULT_PERIOD2 : period2, noise);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("padan synth: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        SynthLayout chosen = SynthLayout.fromId(layout).orElse(null);
        if (chosen == null) {
            spec.commandLine().getErr().println("padan synth: --layout '" + layout + "' is not known; the layouts are "
                    + SynthLayout.ids());
            return ExitCodes.BAD_USAGE;
        }
        SynthReport report = new Synthesizer().run(options, chosen);
        spec.commandLine().getOut().println(report.summary());
        return ExitCodes.OK;
    }

    private int several() throws Exception {
        if (!SynthLayout.DEFAULT.id().equals(layout)) {
            spec.commandLine().getErr().println("padan synth: --layout " + layout + " is for one regency; several"
                    + " regencies are written in the default layout");
            return ExitCodes.BAD_USAGE;
        }
        MultiSynthOptions options;
        try {
            options = new MultiSynthOptions(regencies, households, seed, out,
                    period1 == null ? SynthOptions.DEFAULT_PERIOD1 : period1,
                    period2 == null ? SynthOptions.DEFAULT_PERIOD2 : period2, noise);
            spec.commandLine().getOut().println(new MultiSynthesizer().run(options).summary());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("padan synth: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        return ExitCodes.OK;
    }
}
