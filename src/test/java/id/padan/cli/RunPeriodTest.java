package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code padan run --period}: which period is judged as current, and a period the job does not know. */
class RunPeriodTest {
    @TempDir
    Path dir;

    @Test
    void periodJudgesTheEarlierListAsCurrentAtItsOwnReferenceDate() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-period");

        TestProject.Result run = TestProject.padan("run", job.toString(), "--period", "2026-T1");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out())
                .contains("PKH: current list 2026-T1, no previous list (no lost-aid check)")
                .contains("KIP: current list 2026-T1, no previous list (no lost-aid check)");
        List<CSVRecord> cases = cases(dir.resolve("out/t-period/run-0001/cases.csv"));
        List<CSVRecord> listCases = cases.stream().filter(c -> c.get("flag").startsWith("GHOST_")).toList();
        assertThat(listCases).isNotEmpty();
        assertThat(listCases).allSatisfy(c -> {
            assertThat(c.get("periode")).isEqualTo("2026-T1");
            assertThat(c.get("source_file")).endsWith("_2026_t1.csv");
        });
        assertThat(cases).noneMatch(c -> c.get("flag").startsWith("LOST_"));
        // the pengurus of row 17 died on 2026-07-16 (truth/drops.csv): after T1's reference date 2026-03-31, so
        // judged on T1 she is no ghost
        assertThat(cases).noneMatch(c -> c.get("flag").equals("GHOST_DECEASED")
                && c.get("source_file").equals("pkh_2026_t1.csv") && c.get("source_row").equals("17"));

        TestProject.Result latest = TestProject.padan("run", job.toString());
        assertThat(latest.exitCode()).as(latest.all()).isZero();
        assertThat(latest.out()).contains("PKH: current list 2026-T2, previous 2026-T1");
        assertThat(cases(dir.resolve("out/t-period/run-0002/cases.csv")))
                .anyMatch(c -> c.get("flag").equals("LOST_PKH"))
                .allMatch(c -> !c.get("flag").startsWith("GHOST_") || c.get("periode").equals("2026-T2"));
    }

    @Test
    void anUnknownPeriodIsAUsageErrorNamingTheKnownOnesAndRunsNothing() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-unknown");

        TestProject.Result run = TestProject.padan("run", job.toString(), "--period", "2025-T9");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(run.err()).contains("unknown period '2025-T9': the job knows 2026-T1, 2026-T2")
                .doesNotContain("Exception");
        assertThat(dir.resolve("out/t-unknown")).doesNotExist();
    }

    private static List<CSVRecord> cases(Path csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
