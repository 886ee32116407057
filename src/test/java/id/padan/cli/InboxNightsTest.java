package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights of a job that reads its inbox: complete files are taken (the newest registry export, both periods of each
 * program), a file still arriving waits, a file that cannot be read goes to failed/ with its reason, a night with
 * nothing new does nothing, and the cases equal those of the same files named in a job file.
 */
class InboxNightsTest {
    @TempDir
    Path dir;

    private static final List<String> FILES = List.of("pkh_2026_t1.csv", "pkh_2026_t2.csv", "kip_2026_t1.csv",
            "kip_2026_t2.csv", "pengaduan_puskesos.csv", "kematian_dukcapil.csv", "pns.csv", "penduduk_desa.csv");

    @Test
    void aWeekOfNightsTakesEachFileOnceAndEndsWithTheCasesOfOneCleanRun() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path clean = project.sampleJob("t-clean");
        assertThat(TestProject.padan("run", clean.toString()).exitCode()).isZero();

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        for (String file : FILES) {
            settled(Files.copy(dir.resolve("sample-data").resolve(file), inbox.resolve(file)), anHourAgo);
        }
        settled(Files.copy(dir.resolve("sample-data/dtks_62.03.txt"), inbox.resolve("dtks_62.03_20261201.txt")),
                anHourAgo);
        // last month's export, also still in the inbox: passed over for the newer one
        settled(Files.copy(dir.resolve("sample-data/dtks_62.03.txt"), inbox.resolve("dtks_62.03_20261101.txt")),
                anHourAgo);
        // a complaints file the Puskesos desk is still copying in, and one that is not a CSV at all
        Files.writeString(inbox.resolve("pengaduan_desember.csv"), "NO_PENDAFTARAN,TANGGAL,NAMA\nPSK/1,01/12/2026,BU");
        settled(Files.write(inbox.resolve("pengaduan_rusak.csv"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3}),
                anHourAgo);
        Path job = project.job("t-inbox", """
                name: t-inbox
                regency: "62.03"
                root: ..
                warehouse: ../work/t-inbox.duckdb
                output: ../out/t-inbox
                inbox:
                  folder: ../inbox
                  settle_seconds: 600
                  files:
                    - {kind: dtks, pattern: "dtks_62.03_{date}.txt"}
                    - {kind: recipients, program: PKH, pattern: "pkh_{year}_t{tahap}.csv"}
                    - {kind: recipients, program: KIP, pattern: "kip_{year}_t{tahap}.csv"}
                    - {kind: complaints, pattern: "pengaduan_*.csv"}
                    - {kind: deaths, pattern: "kematian_*.csv"}
                    - {kind: civil_servants, pattern: "pns*.csv"}
                    - {kind: population, pattern: "penduduk_*.csv"}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                programs:
                  PKH: {decile_limit: 4, monthly_aid: 250000}
                  KIP: {decile_limit: 4, min_age: 6, max_age: 21, final_class: 12, monthly_aid: 75000}
                thresholds:
                  match_probability: 0.9
                  possible_probability: 0.5
                  coverage_share: 0.40
                """);

        TestProject.Result first = TestProject.padan("run", job.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out())
                .contains("inbox: dtks_62.03_20261101.txt: an older file than dtks_62.03_20261201.txt")
                .contains("inbox: pengaduan_desember.csv: changed")
                .contains("inbox: pengaduan_rusak.csv cannot be read, moved to failed/")
                .contains("inbox: pkh_2026_t2.csv: taken as recipients PKH 2026-T2")
                .contains("run run-0001 completed");
        Path archive = inbox.resolve("archive").resolve(LocalDate.now().toString());
        assertThat(archive.resolve("pkh_2026_t2.csv")).exists();
        assertThat(archive.resolve("dtks_62.03_20261101.txt")).exists();
        assertThat(inbox.resolve("failed/pengaduan_rusak.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/pengaduan_rusak.csv.reason.txt"))).isNotBlank();
        assertThat(inbox.resolve("pengaduan_desember.csv")).as("still arriving: left for a later night").exists();
        assertThat(cases(dir.resolve("out/t-inbox/run-0001/cases.csv")))
                .as("the same files give the same cases as the job that names them (the link model's random sample"
                        + " follows the load order, so match scores may differ in the fourth decimal)")
                .isEqualTo(cases(dir.resolve("out/t-clean/run-0001/cases.csv")));

        TestProject.Result quiet = TestProject.padan("run", job.toString());
        assertThat(quiet.exitCode()).as(quiet.all()).isZero();
        assertThat(quiet.out()).contains("inbox: nothing new since the last run; no run");
        assertThat(dir.resolve("out/t-inbox/run-0002")).doesNotExist();

        // the complaints file has arrived completely, marked by the desk's .done file
        Files.writeString(inbox.resolve("pengaduan_desember.csv.done"), "");
        TestProject.Result next = TestProject.padan("run", job.toString());
        assertThat(next.exitCode()).as(next.all()).isZero();
        assertThat(next.out()).contains("inbox: pengaduan_desember.csv: taken as complaints")
                .contains("run run-0002 completed")
                .doesNotContain("superseded loads");
        assertThat(archive.resolve("pengaduan_desember.csv")).exists();
        assertThat(archive.resolve("pengaduan_desember.csv.done")).exists();
        assertThat(Files.readString(dir.resolve("out/t-inbox/run-0002/summary.txt")))
                .as("last night's lists still count: both periods are judged")
                .contains("PKH      2026-T2         2026-T1");
    }

    /** Each case as id, flag, list, row, priority and reason. */
    private static java.util.Set<String> cases(Path csv) throws Exception {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (var r : parser) {
                out.add(String.join("|", r.get("case_id"), r.get("flag"), r.get("source_file"), r.get("source_row"),
                        r.get("priority"), r.get("reason")));
            }
        }
        return out;
    }

    private static Path settled(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }
}
