package id.padan.cli;

import id.padan.warehouse.ExportAudit;
import id.padan.warehouse.Retention;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Removes personal data past a set age: the raw rows and rejects of loads that a newer load of",
                "their source replaced, and the field results of cases that are no longer cases. The loads a run works",
                "on and the results of open cases stay. Reports what went (or, with --dry-run, what would go)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage or job file, or no warehouse yet", "3:a run of this job holds the lock"})
final class PurgeCommand implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d+)([dwmy])");

    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
    Path jobFile;

    @Option(names = "--older-than", required = true, paramLabel = "AGE",
            description = "Age in days, weeks, months or years: 90d, 12w, 6m, 2y.")
    String olderThan;

    @Option(names = "--dry-run", description = "Only report what would be removed.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Matcher m = AGE.matcher(olderThan.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException("--older-than " + olderThan + ": write a number and d, w, m or y, e.g. 90d or 2y");
        }
        int n = Integer.parseInt(m.group(1));
        Period age = switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        LocalDateTime before = LocalDateTime.now().minus(age);
        try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan purge")) {
            Retention.Purged purged = Retention.purge(opened.connection(), before, !dryRun);
            String verb = dryRun ? "would remove" : "removed";
            out.println("data older than " + olderThan + " (before " + before.toLocalDate() + "):");
            purged.loads().forEach(line -> out.println("  " + line));
            out.println(String.format(Locale.ROOT, "%s %,d raw rows and %,d rejects of %d replaced load(s), and %,d field"
                    + " result(s) of closed cases", verb, purged.rawRows(), purged.rejectRows(), purged.loads().size(),
                    purged.caseResults()));
            if (!dryRun) {
                ExportAudit.record(opened.connection(), "padan purge", "purge older than " + olderThan,
                        purged.rawRows() + purged.rejectRows() + purged.caseResults(), opened.warehouse.file());
            }
        }
        return ExitCodes.OK;
    }
}
