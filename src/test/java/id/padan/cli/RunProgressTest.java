package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code padan run --progress} without a terminal: plain lines on the console and in the run log, no bar. */
class RunProgressTest {
    @TempDir
    Path dir;

    @Test
    void withoutATerminalTheRunPrintsPlainProgressLinesIntoItsOutputAndItsLog() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-progress");

        // tests have no console, so auto means lines; a zero interval makes the sample's short steps show them
        TestProject.Result run = TestProject.padan("run", job.toString(), "--progress-every", "0");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^ingest dtks_62\\.03\\.txt: [\\d,]+ / [\\d,]+ rows \\(\\d+%\\), [\\d,]+ rows/s, ETA \\d+:\\d\\d$")
                .containsPattern("(?m)^ingest dtks_62\\.03\\.txt: 3,845 rows in \\d+:\\d\\d")
                .containsPattern("(?m)^standardize dtks_62\\.03\\.txt: [\\d,]+ / 3,845 rows \\(\\d+%\\)")
                .containsPattern("(?m)^link: 5 / 10 phases \\(50%\\)")
                .containsPattern("(?m)^link: 10 phases in ")
                .containsPattern("(?m)^worklists: \\d+ kecamatan in ")
                .doesNotContain("\r").doesNotContain("\u001b");
        assertThat(lines(run.out(), "standardize dtks_62.03.txt: ")).as("one line per whole percent at most")
                .hasSizeBetween(2, 101);
        Path log = dir.resolve("out/t-progress/logs/t-progress-run-0001.log");
        assertThat(Files.readString(log))
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d run-0001 link: 10 phases in ");

        TestProject.Result quiet = TestProject.padan("run", job.toString(), "--progress", "none");
        assertThat(quiet.exitCode()).as(quiet.all()).isZero();
        assertThat(quiet.out()).doesNotContain("rows/s").doesNotContain("\r");
    }

    @Test
    void aBadProgressModeIsAUsageError() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-badmode");
        TestProject.Result run = TestProject.padan("run", job.toString(), "--progress", "fancy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(run.err()).contains("unknown progress mode 'fancy': use auto, bar, lines or none")
                .doesNotContain("Exception");
    }

    private static List<String> lines(String text, String prefix) {
        try (Stream<String> lines = text.lines()) {
            return lines.filter(l -> l.startsWith(prefix)).toList();
        }
    }
}
