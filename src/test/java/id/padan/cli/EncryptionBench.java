package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobRunner;
import id.padan.job.RunProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * {@code padan run} for scripts/bench-encryption.sh only, from the test classpath, so that it never ships in the jar:
 * an encrypted job runs with DuckDB's unsafe mbedtls crypto module allowed, because these build machines cannot
 * download httpfs, whose OpenSSL crypto production uses. A plain job runs exactly as {@code padan run} does, on the
 * same classpath, so the two timings differ only by the encryption.
 *   java -cp target/test-classes:target/classes:DEPENDENCIES id.padan.cli.EncryptionBench JOB.yaml
 */
public final class EncryptionBench {
    private EncryptionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: EncryptionBench JOB.yaml");
            System.exit(ExitCodes.BAD_USAGE);
        }
        Logs.configure(false);
        Path jobFile = Path.of(args[0]);
        JobDefinition job = JobFiles.load(jobFile);
        boolean encrypted = job.duckdb().encryptionKeyEnv() != null || job.duckdb().encryptionKeyFile() != null;
        PrintWriter out = new PrintWriter(System.out, true);
        JobRunner.Options options = new JobRunner.Options(null, RunProgress.Mode.LINES, RunProgress.DEFAULT_EVERY);
        JobRunner runner;
        if (encrypted) {
            for (int i = 0; i < 3; i++) {
                System.err.println("WARNING: UNSAFE CRYPTO FOR BENCHMARKING ONLY: DuckDB's mbedtls module"
                        + " (force_mbedtls_unsafe) encrypts this warehouse; never use it for real data");
            }
            runner = new JobRunner(out, root -> {
                try (Statement s = root.createStatement()) {
                    s.execute("SET force_mbedtls_unsafe = 'true'");
                }
            }, options);
        } else {
            runner = new JobRunner(out, null, options);
        }
        JobRunner.Outcome outcome = runner.run(jobFile, job, "EncryptionBench " + jobFile);
        out.println("run " + outcome.runId() + " " + outcome.status()
                + (outcome.failure() == null ? "" : ": " + outcome.failure()));
        System.exit(outcome.succeeded() ? ExitCodes.OK : ExitCodes.RUN_FAILED);
    }
}
