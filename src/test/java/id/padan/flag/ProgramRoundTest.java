package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramRoundTest {
    @TempDir
    Path dir;

    @Test
    void theCurrentPeriodIsTheLatestReferenceDateAndThePreviousOneMustBeListed() throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                name: t
                regency: "62.03"
                sources:
                  - {id: dtks, kind: dtks, path: dtks.txt}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                  2025-T4: {reference_date: 2025-12-31}
                programs:
                  KIP: {decile_limit: 3, min_age: 6, max_age: 21, final_class: 12, monthly_aid: 75000}
                """);
        JobDefinition job = JobFiles.load(file);

        List<ProgramRound> rounds = ProgramRound.of(job, Map.of(
                "PKH", Set.of("2026-T1", "2026-T2"),
                "KIP", Set.of("2025-T4", "2026-T2"),
                "BPNT", Set.of("2026-T1")));

        assertThat(rounds).extracting(ProgramRound::program).containsExactly("BPNT", "KIP", "PKH");
        ProgramRound bpnt = rounds.get(0);
        assertThat(bpnt.currentPeriod()).isEqualTo("2026-T1");
        assertThat(bpnt.previousPeriod()).as("2026-T1 names no previous period").isNull();
        assertThat(bpnt.lostFlag()).as("the contract has no LOST_BPNT").isNull();
        ProgramRound kip = rounds.get(1);
        assertThat(kip.currentPeriod()).isEqualTo("2026-T2");
        assertThat(kip.previousPeriod()).as("2026-T1 has no KIP list in this run").isNull();
        assertThat(kip.decileLimit()).isEqualTo(3);
        assertThat(kip.finalClass()).isEqualTo(12);
        assertThat(kip.familyLevel()).isFalse();
        ProgramRound pkh = rounds.get(2);
        assertThat(pkh.previousPeriod()).isEqualTo("2026-T1");
        assertThat(pkh.referenceDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(pkh.decileLimit()).as("default decile limit").isEqualTo(4);
        assertThat(pkh.familyLevel()).as("PKH is paid per family").isTrue();
        assertThat(pkh.lostFlag()).isEqualTo("LOST_PKH");
    }

    @Test
    void aChosenPeriodIsCurrentForEachProgramThatHasAListOfIt() throws Exception {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                name: t
                regency: "62.03"
                sources:
                  - {id: dtks, kind: dtks, path: dtks.txt}
                periods:
                  2025-T4: {reference_date: 2025-12-31}
                  2026-T1: {reference_date: 2026-03-31, previous: 2025-T4}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                """);
        JobDefinition job = JobFiles.load(file);
        Map<String, Set<String>> listed = Map.of(
                "PKH", Set.of("2025-T4", "2026-T1", "2026-T2"),
                "KIP", Set.of("2026-T2"));

        List<ProgramRound> rounds = ProgramRound.of(job, listed, "2026-T1");

        ProgramRound kip = rounds.get(0);
        assertThat(kip.currentPeriod()).as("KIP has no 2026-T1 list: its latest stays current").isEqualTo("2026-T2");
        ProgramRound pkh = rounds.get(1);
        assertThat(pkh.currentPeriod()).isEqualTo("2026-T1");
        assertThat(pkh.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(pkh.previousPeriod()).as("the job file's previous of 2026-T1").isEqualTo("2025-T4");
        assertThat(pkh.previousReferenceDate()).isEqualTo(LocalDate.of(2025, 12, 31));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgramRound.of(job, Map.of("KIP", Set.of("2026-T2")),
                "2026-T1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no recipient list of period 2026-T1 is loaded");
    }
}
