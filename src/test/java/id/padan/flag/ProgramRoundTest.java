package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramRoundTest {
    private static JobDefinition job(Map<String, JobDefinition.Period> periods, Map<String, JobDefinition.Program> programs) {
        return new JobDefinition("t", "62.03", null, null, null, null, List.of(), periods, programs, null, null);
    }

    @Test
    void theCurrentPeriodIsTheLatestReferenceDateAndThePreviousOneMustBeListed() {
        JobDefinition job = job(Map.of(
                        "2026-T1", new JobDefinition.Period(LocalDate.of(2026, 3, 31), null),
                        "2026-T2", new JobDefinition.Period(LocalDate.of(2026, 9, 30), "2026-T1"),
                        "2025-T4", new JobDefinition.Period(LocalDate.of(2025, 12, 31), null)),
                Map.of("KIP", new JobDefinition.Program(3, 6, 21, 12, 75_000L)));

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
}
