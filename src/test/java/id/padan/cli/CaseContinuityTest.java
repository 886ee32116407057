package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next period's run finds the same ghosts again: their cases keep their ids, so field results already given
 * stay attached to them, instead of new cases being opened.
 */
class CaseContinuityTest {
    @TempDir
    Path dir;

    @Test
    void theSameGhostInTheNextPeriodContinuesItsCase() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-next");
        TestProject.Result first = TestProject.padan("run", job.toString());
        assertThat(first.exitCode()).as(first.all()).isZero();

        // the next period's lists: the same rows, re-saved (a lower-case header, so a new checksum)
        for (String list : List.of("pkh", "kip")) {
            Path current = dir.resolve("sample-data/" + list + "_2026_t2.csv");
            List<String> lines = Files.readAllLines(current, list.equals("pkh")
                    ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8);
            lines.set(0, lines.get(0).toLowerCase(java.util.Locale.ROOT));
            Files.write(dir.resolve("sample-data/" + list + "_2026_t3.csv"), lines, StandardCharsets.UTF_8);
        }
        Files.writeString(job, Files.readString(job)
                .replace("  - id: pengaduan\n", "  - {id: pkh-2026-t3, kind: recipients, program: PKH, period: 2026-T3,"
                        + " path: ../sample-data/pkh_2026_t3.csv}\n"
                        + "  - {id: kip-2026-t3, kind: recipients, program: KIP, period: 2026-T3,"
                        + " path: ../sample-data/kip_2026_t3.csv}\n"
                        + "  - id: pengaduan\n")
                .replace("  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}",
                        "  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}\n"
                                + "  2026-T3: {reference_date: 2026-10-01, previous: 2026-T2}"));
        String confirmedActive = fillOneGhostAsActive(dir.resolve("out/t-next/run-0001/worklists/worklist-all.csv"),
                dir.resolve("returned.csv"));
        TestProject.Result imported = TestProject.padan("results", "import", "--job", job.toString(),
                dir.resolve("returned.csv").toString());
        assertThat(imported.exitCode()).as(imported.all()).isZero();

        TestProject.Result next = TestProject.padan("run", job.toString());
        assertThat(next.exitCode()).as(next.all()).isZero();
        assertThat(next.out()).contains("PKH: current list 2026-T3, previous 2026-T2");

        Map<String, String> before = ghostCases(dir.resolve("out/t-next/run-0001/cases.csv"), "pkh_2026_t2.csv", "kip_2026_t2.csv");
        Map<String, String> after = ghostCases(dir.resolve("out/t-next/run-0002/cases.csv"), "pkh_2026_t3.csv", "kip_2026_t3.csv");
        assertThat(before).hasSizeGreaterThan(30);
        assertThat(after).as("the same ghosts are found in the same rows of the next list, under the same case ids")
                .containsAllEntriesOf(before);
        assertThat(after).containsValue(confirmedActive);
        assertThat(Files.readString(dir.resolve("out/t-next/run-0002/worklists/worklist-all.csv")))
                .as("a case the TKSK found AKTIF is not sent out again in the next period while its evidence is the same")
                .doesNotContain(confirmedActive)
                .contains(after.values().stream().filter(id -> !id.equals(confirmedActive)).findFirst().orElseThrow());
    }

    /** Fills HASIL of the first ghost case of a returned worklist as a TKSK would; returns its case id. */
    private static String fillOneGhostAsActive(Path worklist, Path returned) throws Exception {
        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser parser = CSVParser.parse(worklist, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        String chosen = null;
        try (var out = Files.newBufferedWriter(returned, StandardCharsets.UTF_8);
                var csv = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header.stream().map(h -> h.replace("\uFEFF", "")).toList());
            for (CSVRecord r : rows) {
                List<String> values = new java.util.ArrayList<>(r.toList());
                if (chosen == null && r.get("SUMBER DATA").contains("_t2.csv")) {
                    chosen = r.get("ID KASUS");
                    values.set(header.indexOf("HASIL"), "AKTIF/DITEMUKAN");
                    values.set(header.indexOf("TANGGAL KUNJUNGAN"), "15-10-2026");
                    values.set(header.indexOf("PETUGAS"), "Rahmat");
                    values.set(header.indexOf("CATATAN"), "orangnya ada dan masih layak");
                }
                csv.printRecord(values);
            }
        }
        assertThat(chosen).isNotNull();
        return chosen;
    }

    /** flag + list + row -> case id, for the ghost cases of the given current lists; case ids must be unique. */
    private static Map<String, String> ghostCases(Path casesCsv, String pkhFile, String kipFile) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(casesCsv, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (CSVRecord r : parser) {
                assertThat(ids.add(r.get("case_id"))).as("case ids are unique: " + r.get("case_id")).isTrue();
                String file = r.get("source_file");
                if (r.get("flag").startsWith("GHOST_") && (file.equals(pkhFile) || file.equals(kipFile))) {
                    out.put(r.get("flag") + " " + r.get("program") + " row " + r.get("source_row"), r.get("case_id"));
                }
            }
        }
        return out;
    }
}
