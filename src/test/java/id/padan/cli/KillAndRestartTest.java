package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.synth.SynthOptions;
import id.padan.synth.Synthesizer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run killed with SIGKILL part-way (as by the OOM killer or a power cut) and run again ends with exactly the tables
 * of a run that was never interrupted: nothing lost, nothing loaded twice.
 */
class KillAndRestartTest {
    private static final List<String> TABLES = List.of("imports", "rejects", "raw_dtks", "raw_recipients",
            "raw_complaints", "raw_deaths", "raw_civil_servants", "raw_population", "person_std",
            "standardized_imports", "population_std", "links", "clusters", "flags", "drops", "complaint_outcomes",
            "cases");
    /** The run's files that must come out the same, byte for byte. */
    private static final List<String> FILES = List.of("cases.csv", "coverage.csv", "summary.txt", "rejects.csv",
            "worklists/worklist-all.csv");

    @TempDir
    static Path dir;
    private static Map<String, String> uninterrupted;

    @BeforeAll
    static void synthesizeAndRunOnceWithoutInterruption() throws Exception {
        new Synthesizer().run(SynthOptions.of(30_000, 11, "62.03", dir.resolve("data")));
        Path job = writeJob("clean");
        TestProject.Result clean = TestProject.padan("run", job.toString());
        assertThat(clean.exitCode()).as(clean.all()).isZero();
        uninterrupted = contents("clean");
    }

    @ParameterizedTest(name = "killed after the console printed ''{0}'' ({1})")
    @CsvSource({"dtks_62.03.txt:, ingest", "penduduk_desa.csv:, standardize", "link: compare:, link",
        "legitimate drops, flag", "complaints:, cases", "worklists:, worklists"})
    void aKilledRunRestartsAndEndsWithTheSameTables(String killAfter, String step) throws Exception {
        String name = "killed-" + step;
        Path job = writeJob(name);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Padan.class.getName(), "run", job.toString())
                .redirectErrorStream(true)
                .start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.add(line);
                if (line.contains(killAfter)) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL; it printed " + seen).isEqualTo(137);

        TestProject.Result status = TestProject.padan("status", job.toString());
        assertThat(status.out()).contains("INTERRUPTED");
        TestProject.Result restart = TestProject.padan("run", job.toString());

        assertThat(restart.exitCode()).as(restart.all()).isZero();
        assertThat(restart.out()).contains("restarting run-0001 of job '" + name + "' from the step that did not finish");
        assertThat(contents(name)).isEqualTo(uninterrupted);
    }

    private static Path writeJob(String name) throws Exception {
        return new TestProject(dir).job(name, """
                name: %s
                regency: "62.03"
                root: ..
                warehouse: ../work/%s.duckdb
                output: ../out/%s
                sources:
                  - {id: dtks, kind: dtks, path: ../data/dtks_62.03.txt}
                  - {id: pkh-1, kind: recipients, program: PKH, period: 2026-T1, path: ../data/pkh_2026_t1.csv}
                  - {id: pkh-2, kind: recipients, program: PKH, period: 2026-T2, path: ../data/pkh_2026_t2.csv}
                  - {id: kip-1, kind: recipients, program: KIP, period: 2026-T1, path: ../data/kip_2026_t1.csv}
                  - {id: kip-2, kind: recipients, program: KIP, period: 2026-T2, path: ../data/kip_2026_t2.csv}
                  - {id: pengaduan, kind: complaints, path: ../data/pengaduan_puskesos.csv}
                  - {id: kematian, kind: deaths, path: ../data/kematian_dukcapil.csv}
                  - {id: pns, kind: civil_servants, path: ../data/pns.csv}
                  - {id: penduduk, kind: population, path: ../data/penduduk_desa.csv}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                """.formatted(name, name, name));
    }

    /** A fingerprint of every stage table: row count and a hash of all rows in a fixed order. */
    private static Map<String, String> contents(String name) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/" + name + ".duckdb"))) {
            for (String table : TABLES) {
                String exclude = table.equals("imports") ? " EXCLUDE (loaded_at)" : "";
                String sql = "SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(CAST(t AS VARCHAR), chr(10) "
                        + "ORDER BY CAST(t AS VARCHAR))), '-') FROM (SELECT *" + exclude + " FROM " + table + ") t";
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    rs.next();
                    out.put(table, rs.getString(1));
                }
            }
        }
        for (String file : FILES) {
            Path written = dir.resolve("out/" + name + "/run-0001/" + file);
            if (!java.nio.file.Files.exists(written)) {
                out.put(file, "missing");
                continue;
            }
            String text = java.nio.file.Files.readString(written);
            if (file.equals("summary.txt")) {
                text = text.substring(text.indexOf('\n') + 1); // its first line names the job, which differs here
            }
            out.put(file, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        return out;
    }
}
