package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Prints how to run a job every night: a crontab line, or a systemd service and timer.",
        subcommands = ScheduleCommand.Print.class)
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_USAGE;
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = {"Prints a crontab line and a systemd service plus timer for JOB.yaml, filled in with absolute",
                    "paths. Both call scripts/padan-nightly, which logs to logs/<job>-<date>.log and keeps 30 days."})
    static final class Print implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "JOB.yaml", description = "The job file.")
        Path jobFile;

        @Option(names = "--at", defaultValue = "02:30", description = "Time of day, HH:MM (default: ${DEFAULT-VALUE}).")
        LocalTime at;

        @Option(names = "--user", description = "The OS user the service runs as (default: the current user).")
        String user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            JobDefinition job = JobFiles.load(jobFile);
            PrintWriter out = spec.commandLine().getOut();
            Path jobPath = jobFile.toAbsolutePath().normalize();
            Path project = projectFolder();
            Path nightly = project.resolve("scripts/padan-nightly");
            String runAs = user != null ? user : System.getProperty("user.name");
            String unit = "padan-" + job.name();
            out.println("# crontab line: install with 'crontab -e' as " + runAs + " and paste");
            out.println(String.format(Locale.ROOT, "%d %d * * * %s %s", at.getMinute(), at.getHour(), nightly, jobPath));
            out.println();
            out.println("# or systemd: save as /etc/systemd/system/" + unit + ".service");
            out.println("[Unit]");
            out.println("Description=padan nightly verification run of job " + job.name());
            out.println("After=network-online.target");
            out.println();
            out.println("[Service]");
            out.println("Type=oneshot");
            out.println("User=" + runAs);
            out.println("WorkingDirectory=" + project);
            out.println("UMask=0077");
            out.println("Nice=10");
            out.println("ExecStart=" + nightly + " " + jobPath);
            out.println();
            out.println("# and as /etc/systemd/system/" + unit + ".timer, then:"
                    + " systemctl daemon-reload && systemctl enable --now " + unit + ".timer");
            out.println("[Unit]");
            out.println("Description=Run padan job " + job.name() + " every night");
            out.println();
            out.println("[Timer]");
            out.println(String.format(Locale.ROOT, "OnCalendar=*-*-* %02d:%02d:00", at.getHour(), at.getMinute()));
            out.println("Persistent=true");
            out.println();
            out.println("[Install]");
            out.println("WantedBy=timers.target");
            return ExitCodes.OK;
        }

        /** The project folder: where scripts/padan-nightly sits, found from the running jar or the working folder. */
        private static Path projectFolder() {
            try {
                Path jar = Path.of(ScheduleCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path candidate = jar.getParent() == null ? null : jar.getParent().getParent();
                if (candidate != null && java.nio.file.Files.exists(candidate.resolve("scripts/padan-nightly"))) {
                    return candidate;
                }
            } catch (java.net.URISyntaxException | SecurityException e) {
                // fall through to the working folder
            }
            return Path.of("").toAbsolutePath();
        }
    }
}
