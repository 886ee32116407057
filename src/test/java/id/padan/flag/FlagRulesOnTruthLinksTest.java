package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.RunContext;
import id.padan.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flag rules judged alone: links come from the synthetic truth, as a perfect linker would make them, so every
 * planted case must be found and nothing else. Excel-damaged NIKs are the exception the test allows for: the ingest
 * stage rejects such rows, and they reach the officer through rejects.csv, not through the flag rules.
 */
class FlagRulesOnTruthLinksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void withPerfectLinksEveryPlantedFlagIsFoundAndNothingElse(long seed) throws Exception {
        Path data = dir.resolve("data");
        Path jobFile = SyntheticRun.synthesizeAndRun(dir, 1500, seed);

        JobDefinition job = JobFiles.load(jobFile);
        JobPaths paths = new JobPaths(job);
        Set<String> found = new TreeSet<>();
        Set<String> complaintOnCase = new TreeSet<>();
        Set<String> complaintOnDrop = new TreeSet<>();
        try (Warehouse warehouse = Warehouse.open(paths.warehouse(job), Warehouse.Settings.DEFAULT)) {
            StringWriter console = new StringWriter();
            RunContext context = new RunContext(job, paths, warehouse, "run-test", dir.resolve("out"),
                    new PrintWriter(console, true));
            try (Connection c = warehouse.dataSource().getConnection()) {
                TruthLinks.write(c, data.resolve("truth"));
                new FlagTasklet(context).judge(c);
                new id.padan.cases.CaseTasklet(context).build(c);
                id.padan.cases.CaseIds.number(c);
                new id.padan.report.RunOutputs(context).write(c);
                RunContext again = new RunContext(job, paths, warehouse, "run-again", dir.resolve("again"),
                        new PrintWriter(console, true));
                new FlagTasklet(again).judge(c);
                new id.padan.cases.CaseTasklet(again).build(c);
                id.padan.cases.CaseIds.number(c);
                new id.padan.report.RunOutputs(again).write(c);
                for (String file : List.of("cases.csv", "coverage.csv", "summary.txt")) {
                    assertThat(Files.readAllBytes(dir.resolve("again").resolve(file)))
                            .as(file + " is the same byte for byte when rebuilt")
                            .isEqualTo(Files.readAllBytes(dir.resolve("out").resolve(file)));
                }
            }
            System.out.println(console);
            try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT flag, source_file, source_row FROM cases")) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2) + ":" + rs.getLong(3));
                }
            }
            try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT unnest(string_split(complaint_no, ';')), flag, source_file,"
                            + " source_row FROM cases WHERE complaint_no IS NOT NULL")) {
                while (rs.next()) {
                    complaintOnCase.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + ":" + rs.getLong(4));
                }
            }
            try (Connection c = warehouse.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT no_pendaftaran, drop_reason FROM complaint_outcomes"
                            + " WHERE outcome = 'DROPPED'")) {
                while (rs.next()) {
                    complaintOnDrop.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        Set<String> planted = new TreeSet<>();
        for (CSVRecord r : csv(data.resolve("truth/flags.csv"))) {
            planted.add(r.get("flag") + " " + r.get("source_file") + ":" + r.get("source_row"));
        }
        Set<String> rejectedForExcel = new HashSet<>();
        for (CSVRecord r : csv(dir.resolve("out/sample-kapuas").resolve(latestRun(dir.resolve("out/sample-kapuas")))
                .resolve("rejects.csv"))) {
            rejectedForExcel.add("GHOST_INVALID_NIK " + r.get("source_file") + ":" + r.get("source_row"));
        }
        Set<String> missed = new TreeSet<>(planted);
        missed.removeAll(found);
        missed.removeAll(rejectedForExcel);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(planted);
        TreeMap<String, Integer> perFlag = new TreeMap<>();
        planted.forEach(p -> perFlag.merge(p.substring(0, p.indexOf(' ')), 1, Integer::sum));
        assertThat(perFlag.keySet()).as("every flag of the contract is planted").hasSize(11);
        assertThat(missed).as("planted but not flagged").isEmpty();
        int aboutCases = 0;
        int onTheirCase = 0;
        int aboutDrops = 0;
        int withTheirReason = 0;
        for (CSVRecord r : csv(data.resolve("truth/complaint_links.csv"))) {
            if (!r.get("related_flag").isEmpty()) {
                aboutCases++;
                if (complaintOnCase.contains(r.get("no_pendaftaran") + " " + r.get("related_flag") + " "
                        + r.get("related_source_file") + ":" + r.get("related_source_row"))) {
                    onTheirCase++;
                }
            } else if (!r.get("drop_reason").isEmpty()) {
                aboutDrops++;
                if (complaintOnDrop.contains(r.get("no_pendaftaran") + " " + r.get("drop_reason"))) {
                    withTheirReason++;
                }
            }
        }
        System.out.printf("complaints about a case: %d of %d on it; about a drop: %d of %d with its reason%n",
                onTheirCase, aboutCases, withTheirReason, aboutDrops);
        assertThat(onTheirCase).as("complaints linked to their case").isGreaterThanOrEqualTo((int) (0.9 * aboutCases));
        assertThat(withTheirReason).as("complaints given the drop reason").isGreaterThanOrEqualTo((int) (0.9 * aboutDrops));
        assertThat(extra).as("flagged but not planted").isEmpty();
    }

    private static String latestRun(Path output) throws Exception {
        try (var runs = Files.list(output)) {
            return runs.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser parser = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
