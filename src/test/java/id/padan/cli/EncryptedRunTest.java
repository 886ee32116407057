package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedRunTest {
    @TempDir
    Path dir;

    private Path encryptedJob(TestProject project) throws Exception {
        Path keyFile = dir.resolve("kapuas.key");
        Files.writeString(keyFile, "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Path job = project.sampleJob("t-enc");
        Files.writeString(job, Files.readString(job).replace("  memory_limit: 2GB",
                "  memory_limit: 2GB\n  encryption_key_file: ../kapuas.key"));
        return job;
    }

    @Test
    void aRunOnAnEncryptedWarehouseWorksAsBeforeAndLeavesNothingReadableWithoutTheKey() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path jobFile = encryptedJob(project);
        JobDefinition job = JobFiles.load(jobFile);
        StringWriter console = new StringWriter();

        JobRunner.Outcome outcome = new JobRunner(new PrintWriter(console, true), root -> {
            try (Statement s = root.createStatement()) {
                s.execute("SET force_mbedtls_unsafe = 'true'"); // tests only: no httpfs on build machines
            }
        }).run(jobFile, job, "test");

        assertThat(outcome.succeeded()).as(console.toString()).isTrue();
        assertThat(console.toString()).containsPattern("dtks_62\\.03\\.txt +dtks +3,845 = +3,845 \\+ +0");
        Path warehouse = dir.resolve("work/t-enc.duckdb");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:duckdb:" + warehouse).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("without a key");
    }

    @Test
    void withoutDuckDbsCryptoExtensionTheRunStopsWithExitCode2AndSaysWhatToInstall() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path jobFile = encryptedJob(project);

        TestProject.Result result = TestProject.padan("run", jobFile.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("httpfs").doesNotContain("Exception");
    }
}
