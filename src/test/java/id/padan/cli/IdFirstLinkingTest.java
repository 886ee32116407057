package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.synth.SynthFiles;
import id.padan.synth.SynthLayout;
import id.padan.synth.SynthOptions;
import id.padan.synth.Synthesizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Village recipient lists carry the registry's ID DTKS. Linking takes a valid ID first and exactly, but not a planted
 * conflicting one (an ID of another registry person whose name and birth date clearly differ): those rows go to
 * probabilistic linking, which finds the true person, and the conflict is named in the explanation.
 */
class IdFirstLinkingTest {
    @TempDir
    Path dir;

    @Test
    void everyValidIdIsTakenAndNoPlantedConflictingOne() throws Exception {
        Path data = dir.resolve("data");
        new Synthesizer().run(SynthOptions.of(1500, 41, "62.03", data), SynthLayout.VILLAGE);
        Path job = new TestProject(dir).job("idfirst", """
                name: idfirst
                regency: "62.03"
                root: ..
                warehouse: ../work/idfirst.duckdb
                output: ../out/idfirst
                sources:
                  - {id: dtks, kind: dtks, path: ../data/dtks_62.03.txt}
                  - {id: pkh-1, kind: recipients, program: PKH, period: 2026-T1, path: ../data/pkh_2026_t1.csv}
                  - {id: pkh-2, kind: recipients, program: PKH, period: 2026-T2, path: ../data/pkh_2026_t2.csv}
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                """);
        TestProject.Result run = TestProject.padan("run", job.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Village recipient list with id_dtks");

        Set<String> conflicts = new HashSet<>();
        for (CSVRecord trap : csv(data.resolve("truth/traps.csv"))) {
            if (trap.get("trap").equals(SynthFiles.TRAP_ID_DTKS_CONFLICT)) {
                conflicts.add(trap.get("source_file") + ":" + trap.get("source_row"));
            }
        }
        Map<String, String> truePerson = new HashMap<>();
        for (CSVRecord link : csv(data.resolve("truth/links.csv"))) {
            truePerson.put(link.get("source_file") + ":" + link.get("source_row"), link.get("person_key"));
        }
        assertThat(conflicts).as("the layout plants conflicting ids").isNotEmpty();

        int validIds = 0;
        int takenByValidId = 0;
        int conflictsSeen = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/idfirst.duckdb"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT p.source_file, p.source_row, p.id_dtks, l.match_key, l.id_dtks,"
                        + " l.decision, l.explanation FROM person_std p JOIN links l USING (record_id)"
                        + " WHERE p.source_kind = 'recipients' AND p.id_dtks IS NOT NULL"
                        + " AND p.id_dtks IN (SELECT id_dtks FROM person_std WHERE source_kind = 'dtks')")) {
            while (rs.next()) {
                String row = rs.getString(1) + ":" + rs.getLong(2);
                if (conflicts.contains(row)) {
                    conflictsSeen++;
                    assertThat(rs.getString(4)).as(row + " carries a conflicting ID and must not be linked on it")
                            .isNotEqualTo("ID_DTKS");
                    assertThat(rs.getString(5)).as(row + " is not linked to the owner of the written ID")
                            .isNotEqualTo(rs.getString(3));
                    assertThat(rs.getString(7)).as(row + " names the conflict").contains("ID DTKS milik orang lain");
                } else {
                    validIds++;
                    assertThat(rs.getString(4)).as(row + " has a valid ID and is linked on it").isEqualTo("ID_DTKS");
                    assertThat(rs.getString(5)).as(row).isEqualTo(rs.getString(3)).isEqualTo(truePerson.get(row));
                    takenByValidId++;
                }
            }
        }
        assertThat(conflictsSeen).isEqualTo(conflicts.size());
        assertThat(takenByValidId).isEqualTo(validIds).isGreaterThan(100);
    }

    private static java.util.List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
