package id.padan.pull;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code padan run --period}: the inbox gives that period and the one before it, and keeps later lists waiting. */
class InboxPeriodTest {
    @TempDir
    Path dir;

    private JobDefinition job(String periods) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String name : List.of("dtks_62.03_20261201.txt", "pkh_2025_t3.csv", "pkh_2025_t4.csv", "pkh_2026_t1.csv",
                "pkh_2026_t2.csv", "kip_2026_t2.csv")) {
            Files.writeString(inbox.resolve(name), "x\n");
        }
        Path file = dir.resolve("job.yaml");
        Files.writeString(file, """
                name: t
                regency: "62.03"
                root: .
                inbox:
                  folder: inbox
                  settle_seconds: 0
                  files:
                    - {kind: dtks, pattern: "dtks_62.03_{date}.txt"}
                    - {kind: recipients, program: PKH, pattern: "pkh_{year}_t{tahap}.csv"}
                    - {kind: recipients, program: KIP, pattern: "kip_{year}_t{tahap}.csv"}
                """ + periods);
        return JobFiles.load(file);
    }

    private static List<String> takenNames(Inbox.Plan plan) {
        return plan.taken().stream().map(p -> p.getFileName().toString()).sorted().toList();
    }

    private Inbox.Plan plan(JobDefinition job, String period) throws Exception {
        List<Problem> problems = new ArrayList<>();
        Inbox.Plan plan = Inbox.plan(job, new JobPaths(job), Instant.now().plusSeconds(60), problems, period);
        assertThat(problems).isEmpty();
        return plan;
    }

    @Test
    void withoutAPeriodTheTwoLatestPeriodsAreTaken() throws Exception {
        Inbox.Plan plan = plan(job(""), null);
        assertThat(takenNames(plan)).containsExactly("dtks_62.03_20261201.txt", "kip_2026_t2.csv", "pkh_2026_t1.csv",
                "pkh_2026_t2.csv");
    }

    @Test
    void aChosenPeriodIsTakenWithTheOneBeforeItAndLaterListsStayInTheInbox() throws Exception {
        Inbox.Plan plan = plan(job(""), "2026-T1");

        assertThat(takenNames(plan)).containsExactly("dtks_62.03_20261201.txt", "pkh_2025_t4.csv", "pkh_2026_t1.csv");
        assertThat(plan.passedOver()).extracting(p -> p.getFileName().toString())
                .as("older than the chosen period and the one before: archived as before")
                .containsExactly("pkh_2025_t3.csv");
        assertThat(plan.notes())
                .contains("pkh_2026_t2.csv: PKH 2026-T2 is later than the period chosen with --period 2026-T1; left in"
                        + " the inbox")
                .contains("kip_2026_t2.csv: KIP 2026-T2 is later than the period chosen with --period 2026-T1; left in"
                        + " the inbox");
        assertThat(plan.periods()).containsOnlyKeys("2025-T4", "2026-T1");
        assertThat(plan.periods().get("2026-T1").previous()).isEqualTo("2025-T4");
    }

    @Test
    void theJobFilesPreviousPeriodWinsOverTheLatestEarlierFile() throws Exception {
        JobDefinition job = job("""
                periods:
                  2025-T3: {reference_date: 2025-09-30}
                  2026-T1: {reference_date: 2026-03-31, previous: 2025-T3}
                """);

        Inbox.Plan plan = plan(job, "2026-T1");

        assertThat(takenNames(plan)).containsExactly("dtks_62.03_20261201.txt", "pkh_2025_t3.csv", "pkh_2026_t1.csv");
        assertThat(plan.passedOver()).extracting(p -> p.getFileName().toString()).containsExactly("pkh_2025_t4.csv");
    }
}
