package id.padan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    /** A clock that moves only when the test says so. */
    private static final class ManualClock {
        long nanos = 5_000_000_000L;

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    @Test
    void aLineSaysDoneOfTotalPercentRateAndEta() {
        assertThat(ProgressLine.during("ingest dtks.txt", "rows", 412_000, 1_000_000, Duration.ofSeconds(4)))
                .isEqualTo("ingest dtks.txt: 412,000 / 1,000,000 rows (41%), 103,000 rows/s, ETA 0:06");
        assertThat(ProgressLine.during("link", "phases", 3, 10, Duration.ofMinutes(3)))
                .as("7 phases to go at one a minute")
                .isEqualTo("link: 3 / 10 phases (30%), 1.0 phases/min, ETA 7:00");
        assertThat(ProgressLine.during("standardize pkh.csv", "rows", 90_000, 100_000, Duration.ofHours(1)))
                .endsWith("ETA 6:40");
        assertThat(ProgressLine.during("standardize big.csv", "rows", 1, 4_000, Duration.ofSeconds(1)))
                .endsWith("ETA 1:06:39");
    }

    @Test
    void withoutATotalThereIsNoPercentOrEtaAndWithoutTimeNoRate() {
        assertThat(ProgressLine.during("ingest lists.xlsx", "rows", 25_000, -1, Duration.ofSeconds(5)))
                .isEqualTo("ingest lists.xlsx: 25,000 rows, 5,000 rows/s");
        assertThat(ProgressLine.during("ingest a.csv", "rows", 0, 10, Duration.ZERO))
                .isEqualTo("ingest a.csv: 0 / 10 rows (0%)");
    }

    @Test
    void anEstimatedTotalThatWasTooLowStopsAtAHundredPercentWithNothingLeft() {
        assertThat(ProgressLine.percent(1_050, 1_000)).isEqualTo(100);
        assertThat(ProgressLine.during("ingest a.csv", "rows", 1_050, 1_000, Duration.ofSeconds(1)))
                .isEqualTo("ingest a.csv: 1,050 / 1,000 rows (100%), 1,050 rows/s, ETA 0:00");
    }

    @Test
    void theClosingLineSaysHowManyInHowLongAtWhatRate() {
        assertThat(ProgressLine.done("worklists", "kecamatan", 17, Duration.ofSeconds(34)))
                .isEqualTo("worklists: 17 kecamatan in 0:34 (0.5 kecamatan/s)");
        assertThat(ProgressLine.done("ingest a.csv", "rows", 2_000_000, Duration.ofMillis(62_400)))
                .isEqualTo("ingest a.csv: 2,000,000 rows in 1:02 (32,051 rows/s)");
    }

    @Test
    void linesComeNoMoreOftenThanTheIntervalAndEndWithTheClosingLine() {
        ManualClock clock = new ManualClock();
        List<String> lines = new ArrayList<>();
        LineProgress progress = new LineProgress("standardize dtks.txt", "rows", 1_000_000, lines::add,
                () -> clock.nanos, Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(4));
        progress.step(200_000);
        assertThat(lines).as("4 s in: too early for a line").isEmpty();
        clock.advance(Duration.ofSeconds(6));
        progress.step(200_000);
        clock.advance(Duration.ofSeconds(1));
        progress.step(100_000);
        clock.advance(Duration.ofSeconds(9));
        progress.step(100_000);
        clock.advance(Duration.ofSeconds(5));
        progress.step(400_000);
        progress.close();
        progress.close();

        assertThat(lines).containsExactly(
                "standardize dtks.txt: 400,000 / 1,000,000 rows (40%), 40,000 rows/s, ETA 0:15",
                "standardize dtks.txt: 600,000 / 1,000,000 rows (60%), 30,000 rows/s, ETA 0:13",
                "standardize dtks.txt: 1,000,000 rows in 0:25 (40,000 rows/s)");
    }

    @Test
    void workShorterThanTheIntervalWritesNothing() {
        ManualClock clock = new ManualClock();
        List<String> lines = new ArrayList<>();
        LineProgress progress = new LineProgress("ingest pns.csv", "rows", 40, lines::add, () -> clock.nanos,
                Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(1));
        progress.step(40);
        progress.close();
        assertThat(lines).isEmpty();
    }

    @Test
    void aZeroIntervalWritesALineForEachWholePercentNotEachStep() {
        ManualClock clock = new ManualClock();
        List<String> lines = new ArrayList<>();
        LineProgress progress = new LineProgress("standardize kip.csv", "rows", 1_000, lines::add, () -> clock.nanos,
                Duration.ZERO);
        for (int i = 0; i < 1_000; i++) {
            clock.advance(Duration.ofMillis(1));
            progress.step(1);
        }
        progress.close();
        assertThat(lines).hasSize(101).last().isEqualTo("standardize kip.csv: 1,000 rows in 0:01 (1,000 rows/s)");
        assertThat(lines.get(0)).startsWith("standardize kip.csv: 10 / 1,000 rows (1%)");
    }

    @Test
    void withoutATotalALineNeedsTenThousandMoreUnits() {
        ManualClock clock = new ManualClock();
        List<String> lines = new ArrayList<>();
        LineProgress progress = new LineProgress("ingest a.xlsx", "rows", -1, lines::add, () -> clock.nanos,
                Duration.ZERO);
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofMillis(100));
            progress.step(1_000);
        }
        assertThat(lines).containsExactly("ingest a.xlsx: 10,000 rows, 10,000 rows/s",
                "ingest a.xlsx: 20,000 rows, 10,000 rows/s");
    }

    @Test
    void theModeComesFromTheCommandLineAndAutoFollowsTheTerminal() {
        assertThat(RunProgress.Mode.parse("Lines")).isEqualTo(RunProgress.Mode.LINES);
        assertThat(RunProgress.Mode.AUTO.resolve(true)).isEqualTo(RunProgress.Mode.BAR);
        assertThat(RunProgress.Mode.AUTO.resolve(false)).isEqualTo(RunProgress.Mode.LINES);
        assertThat(RunProgress.Mode.NONE.resolve(true)).isEqualTo(RunProgress.Mode.NONE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunProgress.Mode.parse("fancy"))
                .hasMessageContaining("auto, bar, lines or none");
    }
}
