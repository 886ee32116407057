package id.padan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The single entry point: {@code padan run|validate|status|synth}. A command returns its exit code; a bad job or
 * input file ({@code JobFileException}) and a held lock propagate to here and become exit codes 2 and 3.
 */
@Command(name = "padan",
        mixinStandardHelpOptions = true,
        versionProvider = Padan.Version.class,
        description = "Verifies social-aid recipients against DTKS/DTSEN: ingest, standardize, link, flag, worklists.",
        subcommands = {RunCommand.class, ValidateCommand.class, StatusCommand.class, SynthCommand.class,
                InspectCommand.class, LinkCommand.class, EvaluateCommand.class, ExplainCommand.class,
                AuditCommand.class, ScheduleCommand.class, PurgeCommand.class, ResultsCommand.class, CasesCommand.class,
                ReportCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.BAD_USAGE,
        exitCodeOnExecutionException = ExitCodes.RUN_FAILED)
public final class Padan implements Runnable {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show library log lines and stack traces.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line in-process; tests call this and read what was printed. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        Logs.configure(verbose);
        CommandLine cli = new CommandLine(new Padan());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof id.padan.job.JobFileException) {
                err.println(e.getMessage());
                return ExitCodes.BAD_USAGE;
            }
            if (e instanceof UsageException) {
                err.println("padan: " + e.getMessage());
                return ExitCodes.BAD_USAGE;
            }
            if (e instanceof id.padan.job.UnknownPeriodException) {
                err.println("padan: " + e.getMessage());
                return ExitCodes.BAD_USAGE;
            }
            if (e instanceof id.padan.warehouse.WarehouseKeyException) {
                err.println("padan: " + e.getMessage());
                return ExitCodes.BAD_USAGE;
            }
            if (e instanceof id.padan.warehouse.RunLock.HeldException) {
                err.println("padan: " + e.getMessage());
                return ExitCodes.LOCKED;
            }
            err.println("padan: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --verbose for the details)");
            }
            return ExitCodes.RUN_FAILED;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Padan.class.getPackage().getImplementationVersion();
            return new String[] {"padan " + (version == null ? "(development build)" : version)};
        }
    }
}
