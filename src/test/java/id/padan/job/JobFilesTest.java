package id.padan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {
    @TempDir
    Path dir;

    private Path job(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("jobs"));
        Path file = dir.resolve("jobs/test.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsAFullJobFileIntoRecords() throws Exception {
        Path file = job("""
                name: kapuas
                regency: "62.03"
                root: ..
                warehouse: ../work/kapuas.duckdb
                output: ../out/kapuas
                duckdb: {memory_limit: 4GB, threads: 2}
                sources:
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                  - id: pkh-t1
                    kind: recipients
                    program: PKH
                    period: 2026-T1
                    path: ../data/pkh_t1.csv
                    format: {type: csv, delimiter: ";", charset: windows-1252}
                    columns: {nik: NIK_PENERIMA}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                programs:
                  PKH: {decile_limit: 4, monthly_aid: 250000}
                thresholds: {match_probability: 0.95}
                """);
        JobDefinition job = JobFiles.load(file);
        assertThat(job.name()).isEqualTo("kapuas");
        assertThat(job.sources()).hasSize(2);
        JobDefinition.Source pkh = job.sources().get(1);
        assertThat(pkh.format().delimiter()).isEqualTo(";");
        assertThat(pkh.columns()).containsEntry("nik", "NIK_PENERIMA");
        assertThat(job.periods().get("2026-T1").referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(job.programs().get("PKH").monthlyAid()).isEqualTo(250_000L);
        assertThat(job.thresholds().matchProbabilityOrDefault()).isEqualTo(0.95);
        assertThat(job.thresholds().possibleProbabilityOrDefault()).isEqualTo(0.5);
        JobPaths paths = new JobPaths(job);
        assertThat(paths.warehouse(job)).isEqualTo(dir.resolve("work/kapuas.duckdb").toAbsolutePath());
    }

    @Test
    void layoutKeysAreCheckedWithTheRest() throws Exception {
        Path file = job("""
                name: kapuas
                sources:
                  - id: dtsen
                    kind: dtks
                    path: anggota.csv
                    families: ../../keluarga.csv
                  - id: pkh
                    kind: recipients
                    path: pkh.csv
                    families: keluarga.csv
                  - id: bpnt
                    kind: recipients
                    path: bpnt.xlsx
                    program_sheet: Program
                    period: 2027-T9
                  - id: kip
                    kind: recipients
                    path: kip.csv
                    program_sheet: Program
                    peristiwa_labels:
                      Sudah Meninggal: MD
                      Masih Hidup: ""
                      Hilang: XX
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                """);
        JobFileException e = catchThrowableOfType(JobFileException.class, () -> JobFiles.load(file));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("sources[0].families",
                "sources[1].families", "sources[1].program", "sources[1].period", "sources[2].period",
                "sources[3].peristiwa_labels.Hilang");
        assertThat(e.getMessage()).contains("only a dtks source (DTSEN members) can name a families table")
                .contains("'XX' is not a PERISTIWA code");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPathAndAFix() throws Exception {
        Path file = job("""
                name: Kapuas Job
                regency: "6203"
                sources:
                  - id: dtks
                    kind: dtsk
                    pth: dtks.txt
                  - id: dtks
                    kind: recipients
                    path: ../../etc/passwd
                    format: {delimiter: "#", header_row: 0}
                    columns: {nomor: NO}
                periods:
                  2026-T2: {reference_date: 30-06-2026, previous: 2026-T1}
                programs:
                  KIP: {decile_limit: 11}
                thresholds: {match_probability: 1.5}
                """);
        JobFileException e = catchThrowableOfType(JobFileException.class, () -> JobFiles.load(file));
        assertThat(e.problems()).extracting(Problem::path).contains(
                "name", "regency", "sources[0].pth", "sources[0].kind", "sources[0].path", "sources[1].id",
                "sources[1].path", "sources[1].program", "sources[1].period", "sources[1].format.delimiter",
                "sources[1].format.header_row", "sources[1].columns.nomor", "sources",
                "periods.2026-T2.reference_date", "periods.2026-T2.previous", "programs.KIP.decile_limit",
                "thresholds.match_probability");
        assertThat(e.getMessage())
                .contains("unknown key 'pth'")
                .contains("the keys allowed here are: id, kind, path, program, period, format, columns")
                .contains("'dtsk' is not a source kind")
                .contains("outside the job's root folder")
                .contains("fix:");
        Problem unknownKey = e.problems().stream().filter(p -> p.path().equals("sources[0].pth")).findFirst().orElseThrow();
        assertThat(unknownKey.line()).isEqualTo(6);
    }

    @Test
    void aBrokenYamlSyntaxNamesTheLine() throws Exception {
        Path file = job("name: kapuas\nsources:\n  - id: dtks\n   kind: dtks\n");
        JobFileException e = catchThrowableOfType(JobFileException.class, () -> JobFiles.load(file));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("YAML syntax");
    }

    @Test
    void aMissingJobFileIsAProblemNotAStackTrace() {
        assertThatThrownBy(() -> JobFiles.load(dir.resolve("nope.yaml")))
                .isInstanceOf(JobFileException.class)
                .hasMessageContaining("job file not found");
    }

    @Test
    void globsExpandInsideTheRootInPathOrder() throws Exception {
        Files.createDirectories(dir.resolve("data/inbox"));
        for (String name : new String[] {"pkh_2026_t2.csv", "pkh_2026_t1.csv", "kip_2026_t1.csv"}) {
            Files.writeString(dir.resolve("data/inbox").resolve(name), "x");
        }
        Path file = job("""
                name: kapuas
                root: ..
                sources:
                  - {id: dtks, kind: dtks, path: ../data/inbox/pkh_*.csv}
                """);
        JobDefinition job = JobFiles.load(file);
        assertThat(new JobPaths(job).expand(job.sources().get(0).path()))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("pkh_2026_t1.csv", "pkh_2026_t2.csv");
    }
}
