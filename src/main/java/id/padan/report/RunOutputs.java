package id.padan.report;

import id.padan.job.RunContext;
import id.padan.warehouse.ExportAudit;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes the run's outputs into its folder: {@code cases.csv} (the DESIGN.md contract), {@code coverage.csv} (per
 * village, the share of the population in DTKS against the threshold, with flag counts and rates) and
 * {@code summary.txt}. Every query is ordered and no file holds a timestamp, so unchanged inputs give byte-identical
 * files. Files are readable by their owner only and replaced atomically.
 */
public final class RunOutputs implements Tasklet {
    public static final String CASES_FILE = "cases.csv";
    public static final String COVERAGE_FILE = "coverage.csv";
    public static final String SUMMARY_FILE = "summary.txt";

    static final String CASES_SQL = "SELECT case_id, flag, program, periode, source_file, source_row, nik, no_kk, nama,"
            + " kode_wilayah, kecamatan, desa, id_dtks, match_score, priority, complaint_no, group_id, reason,"
            + " explanation AS match_explanation, regency FROM " + Tables.CASES
            + " ORDER BY priority DESC, flag, program, periode, regency, source_file, source_row";

    static final String COVERAGE_SQL = """
            WITH villages AS (
                SELECT kode_wilayah, any_value(kecamatan ORDER BY record_id) AS kecamatan,
                       any_value(desa ORDER BY record_id) AS desa
                FROM person_std WHERE kode_wilayah IS NOT NULL GROUP BY kode_wilayah),
            population AS (
                SELECT kode_wilayah, any_value(desa ORDER BY source_row) AS desa, sum(jumlah_penduduk) AS penduduk
                FROM population_std WHERE kode_wilayah IS NOT NULL GROUP BY kode_wilayah),
            registry AS (
                SELECT kode_wilayah, count(*) AS dtks FROM person_std
                WHERE source_kind = 'dtks' AND coalesce(peristiwa, '') NOT IN ('MD', 'PD') GROUP BY kode_wilayah),
            recipients AS (
                SELECT r.kode_wilayah, count(*) AS penerima FROM recipient_facts r
                JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
                GROUP BY r.kode_wilayah),
            flagged AS (
                SELECT kode_wilayah,
                       count(*) FILTER (WHERE flag LIKE 'GHOST\\_%' ESCAPE '\\') AS ghost,
                       count(*) FILTER (WHERE flag LIKE 'LOST\\_%' ESCAPE '\\') AS lost,
                       count(*) FILTER (WHERE flag = 'COMPLAINT_NOT_IN_DTKS') AS usulan_baru
                FROM cases GROUP BY kode_wilayah),
            keys AS (SELECT kode_wilayah FROM population UNION SELECT kode_wilayah FROM registry
                     UNION SELECT kode_wilayah FROM recipients)
            SELECT k.kode_wilayah, v.kecamatan, coalesce(v.desa, p.desa) AS desa, p.penduduk,
                   coalesce(g.dtks, 0) AS dtks_persons,
                   round(coalesce(g.dtks, 0) / p.penduduk, 4) AS dtks_share,
                   CASE WHEN p.penduduk IS NULL THEN '' WHEN coalesce(g.dtks, 0) / p.penduduk >= ? THEN 'YA' ELSE 'TIDAK' END
                       AS above_threshold,
                   coalesce(r.penerima, 0) AS recipients_current,
                   coalesce(f.ghost, 0) AS ghost_cases, coalesce(f.lost, 0) AS lost_cases,
                   coalesce(f.usulan_baru, 0) AS complaint_not_in_dtks,
                   CASE WHEN coalesce(r.penerima, 0) > 0 THEN round(1000.0 * coalesce(f.ghost, 0) / r.penerima, 1) END
                       AS ghost_per_1000_recipients
            FROM keys k
            LEFT JOIN villages v USING (kode_wilayah)
            LEFT JOIN population p USING (kode_wilayah)
            LEFT JOIN registry g USING (kode_wilayah)
            LEFT JOIN recipients r USING (kode_wilayah)
            LEFT JOIN flagged f USING (kode_wilayah)
            ORDER BY dtks_share DESC NULLS LAST, k.kode_wilayah
            """;

    private final RunContext run;

    public RunOutputs(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        write(DataSourceUtils.getConnection(run.warehouse().dataSource()));
        return RepeatStatus.FINISHED;
    }

    public void write(Connection c) throws SQLException, IOException {
        Path dir = run.outputDir();
        Files.createDirectories(dir);
        long cases = csv(c, CASES_SQL, null, dir.resolve(CASES_FILE));
        ExportAudit.record(c, run.runId(), CASES_FILE, cases, dir.resolve(CASES_FILE));
        long villages = csv(c, COVERAGE_SQL, run.job().thresholds().coverageShareOrDefault(), dir.resolve(COVERAGE_FILE));
        writeSummary(c, dir.resolve(SUMMARY_FILE));
        PrintWriter out = run.console();
        out.println(String.format(Locale.ROOT, "outputs: %,d cases in %s; coverage of %,d villages in %s; report in %s",
                cases, dir.resolve(CASES_FILE), villages, dir.resolve(COVERAGE_FILE), dir.resolve(SUMMARY_FILE)));
        out.flush();
    }

    private static long csv(Connection c, String sql, Double parameter, Path target) throws SQLException, IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setDouble(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery(); Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                OwnerOnlyFiles.restrict(temporary);
                ResultSetMetaData meta = rs.getMetaData();
                String[] header = new String[meta.getColumnCount()];
                for (int i = 0; i < header.length; i++) {
                    header[i] = meta.getColumnLabel(i + 1);
                }
                try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header)
                        .setRecordSeparator("\n").get())) {
                    Object[] values = new Object[header.length];
                    while (rs.next()) {
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getString(i + 1);
                        }
                        printer.printRecord(values);
                        rows++;
                    }
                }
            }
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    private void writeSummary(Connection c, Path target) throws SQLException, IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8))) {
            OwnerOnlyFiles.restrict(temporary);
            out.println("padan: ringkasan verifikasi / verification summary, job " + run.job().name());
            out.println();
            out.println("Files (read = loaded + rejected)");
            table(c, out, "SELECT source_file, kind, coalesce(program || ' ' || periode, '') AS list, rows_read,"
                    + " rows_loaded, rows_rejected FROM " + Tables.IMPORTS + " ORDER BY import_id");
            out.println();
            out.println("Programs judged");
            table(c, out, "SELECT program, current_period, coalesce(previous_period, '-') AS previous_period,"
                    + " reference_date, decile_limit FROM " + Tables.FLAG_PROGRAMS + " ORDER BY program");
            out.println();
            out.println("Cases per flag and program");
            table(c, out, "SELECT flag, program, count(*) AS cases, count(complaint_no) AS with_complaint FROM "
                    + Tables.CASES + " GROUP BY ALL ORDER BY flag, program");
            out.println();
            out.println("Cases per kecamatan and flag");
            table(c, out, "SELECT coalesce(kecamatan, '(tidak diketahui)') AS kecamatan, flag, count(*) AS cases FROM "
                    + Tables.CASES + " GROUP BY ALL ORDER BY kecamatan, flag");
            out.println();
            out.println("Legitimate drops (no case, reason kept)");
            table(c, out, "SELECT program, reason, count(*) AS rows FROM " + Tables.DROPS + " GROUP BY ALL ORDER BY program, reason");
            out.println();
            out.println("Complaints");
            table(c, out, "SELECT outcome, coalesce(program, '-') AS program, count(*) AS complaints FROM "
                    + Tables.COMPLAINT_OUTCOMES + " GROUP BY ALL ORDER BY outcome, program");
            out.println();
            out.println("Priority = round(100 x evidence strength x money factor) + 15 when a complaint concerns the case;"
                    + " see README.");
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void table(Connection c, PrintWriter out, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            String[] header = new String[n];
            for (int i = 0; i < n; i++) {
                header[i] = meta.getColumnLabel(i + 1);
            }
            rows.add(header);
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    String v = rs.getString(i + 1);
                    row[i] = v == null ? "" : v;
                }
                rows.add(row);
            }
            int[] width = new int[n];
            for (String[] row : rows) {
                for (int i = 0; i < n; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 0; i < n; i++) {
                    line.append(String.format(Locale.ROOT, "%-" + width[i] + "s", row[i]));
                    if (i < n - 1) {
                        line.append("  ");
                    }
                }
                out.println(line.toString().stripTrailing());
            }
            if (rows.size() == 1) {
                out.println("  (none)");
            }
        }
    }
}
