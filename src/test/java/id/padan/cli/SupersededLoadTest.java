package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Next month's DTKS export replaces this month's: the registry is not counted twice, and the cases of the run are
 * those of the new export alone. A glob of several files keeps every file it names.
 */
class SupersededLoadTest {
    @TempDir
    Path dir;

    @Test
    void aNewExportOfASourceReplacesTheOldOneAndAGlobKeepsEachFile() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-new");
        TestProject.Result first = TestProject.padan("run", job.toString());
        assertThat(first.exitCode()).as(first.all()).isZero();
        List<String> casesBefore = Files.readAllLines(dir.resolve("out/t-new/run-0001/cases.csv"));

        // the new export: the same people, written again (a lower-case header gives it another checksum)
        List<String> dtks = Files.readAllLines(dir.resolve("sample-data/dtks_62.03.txt"), StandardCharsets.UTF_8);
        dtks.set(0, dtks.get(0).toLowerCase(java.util.Locale.ROOT));
        Files.write(dir.resolve("sample-data/dtks_62.03_desember.txt"), dtks, StandardCharsets.UTF_8);
        Files.writeString(job, Files.readString(job).replace("path: ../sample-data/dtks_62.03.txt",
                "path: ../sample-data/dtks_62.03_desember.txt"));

        TestProject.Result second = TestProject.padan("run", job.toString());

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("superseded loads")
                .contains("dtks_62.03.txt (loaded in run-0001) is replaced by the newer load of source 'dtks'");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/t-new.duckdb"));
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM person_std WHERE source_kind = 'dtks'")).isEqualTo(3845);
            assertThat(count(s, "SELECT count(*) FROM raw_dtks")).as("the old rows stay for the record").isEqualTo(2 * 3845);
            assertThat(count(s, "SELECT count(*) FROM imports WHERE superseded_in_run = 'run-0002'")).isEqualTo(1);
        }
        List<String> casesAfter = Files.readAllLines(dir.resolve("out/t-new/run-0002/cases.csv"));
        assertThat(casesAfter).as("the same people give the same cases").hasSameSizeAs(casesBefore);

        // the replaced load's raw rows can be purged; the current load's cannot
        TestProject.Result dry = TestProject.padan("purge", job.toString(), "--older-than", "0d", "--dry-run");
        assertThat(dry.exitCode()).as(dry.all()).isZero();
        assertThat(dry.out()).contains("dtks_62.03.txt (loaded in run-0001, replaced since)")
                .contains("would remove 3,845 raw rows and 0 rejects of 1 replaced load(s)");
        TestProject.Result purge = TestProject.padan("purge", job.toString(), "--older-than", "0d");
        assertThat(purge.exitCode()).as(purge.all()).isZero();
        assertThat(purge.out()).contains("removed 3,845 raw rows");
        TestProject.Result bad = TestProject.padan("purge", job.toString(), "--older-than", "ninety days");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("e.g. 90d or 2y");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/t-new.duckdb"));
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM raw_dtks")).isEqualTo(3845);
            assertThat(count(s, "SELECT count(*) FROM person_std WHERE source_kind = 'dtks'")).isEqualTo(3845);
            assertThat(count(s, "SELECT count(*) FROM imports WHERE purged_at IS NOT NULL")).isEqualTo(1);
        }

        // a glob source: a second file loaded in a later run joins the first instead of replacing it
        Files.writeString(job, Files.readString(job).replace("path: ../sample-data/pns.csv",
                "path: ../sample-data/pns*.csv"));
        Files.writeString(dir.resolve("sample-data/pns_tambahan.csv"), "NIP,NIK,NAMA,INSTANSI\n"
                + "198001012005011001,6203011111800001,PEGAWAI BARU,DINAS SOSIAL\n");
        TestProject.Result third = TestProject.padan("run", job.toString());
        assertThat(third.exitCode()).as(third.all()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/t-new.duckdb"));
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM person_std WHERE source_kind = 'civil_servants'")).isEqualTo(49 + 1);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
