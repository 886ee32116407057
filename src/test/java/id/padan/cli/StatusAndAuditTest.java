package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatusAndAuditTest {
    @TempDir
    Path dir;

    @Test
    void statusTellsTheLastRunAsJsonAndAuditListsTheExports() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-status");
        TestProject.Result before = TestProject.padan("status", job.toString(), "--json");
        assertThat(before.exitCode()).as(before.all()).isZero();
        assertThat(JsonMapper.builder().build().readTree(before.out()).at("/jobs/0/running").asBoolean()).isFalse();

        TestProject.Result run = TestProject.padan("run", job.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();

        Path log = dir.resolve("out/t-status/logs/t-status-run-0001.log");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(log);
        assertThat(lines).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d run-0001 .*"),
                        "every line has the time and the run id")
                .noneMatch(l -> l.matches(".*(?<![\\d.])\\d{16}(?![\\d.]).*"))
                .anyMatch(l -> l.endsWith("run-0001 starting run-0001 of job 't-status'"))
                .anyMatch(l -> l.endsWith("run run-0001 ended COMPLETED"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");

        TestProject.Result status = TestProject.padan("status", job.toString(), "--json");
        assertThat(status.exitCode()).as(status.all()).isZero();
        JsonNode facts = JsonMapper.builder().build().readTree(status.out()).at("/jobs/0");
        assertThat(facts.at("/job").asString()).isEqualTo("t-status");
        assertThat(facts.at("/last_run").asString()).isEqualTo("run-0001");
        assertThat(facts.at("/last_run_failed").asBoolean()).isFalse();
        assertThat(facts.at("/runs/0/status").asString()).isEqualTo("COMPLETED");
        assertThat(facts.at("/last_run_loaded/files").asLong()).isEqualTo(9);
        assertThat(facts.at("/last_run_loaded/rows_read").asLong())
                .isEqualTo(facts.at("/last_run_loaded/rows_loaded").asLong()
                        + facts.at("/last_run_loaded/rows_rejected").asLong());

        TestProject.Result audit = TestProject.padan("audit", job.toString());
        assertThat(audit.exitCode()).as(audit.all()).isZero();
        assertThat(audit.out()).contains("run-0001").contains("rejects.csv")
                .contains(System.getProperty("user.name"));
    }

    @Test
    void schedulePrintFillsInTheCrontabLineAndTheSystemdUnits() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-nightly");

        TestProject.Result printed = TestProject.padan("schedule", "print", job.toString(), "--at", "01:45");

        assertThat(printed.exitCode()).as(printed.all()).isZero();
        String jobPath = job.toAbsolutePath().normalize().toString();
        assertThat(printed.out())
                .containsPattern("(?m)^45 1 \\* \\* \\* /\\S+/scripts/padan-nightly " + java.util.regex.Pattern.quote(jobPath) + "$")
                .contains("ExecStart=").contains("UMask=0077")
                .contains("OnCalendar=*-*-* 01:45:00").contains("padan-t-nightly.timer");
    }
}
