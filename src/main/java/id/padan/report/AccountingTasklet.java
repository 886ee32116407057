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
 * Tells the data officer what happened to every row: per file, read = loaded + rejected (checked, not assumed), the
 * NIK validity counts per source, and {@code rejects.csv} with the reason of every row that was not loaded.
 */
public final class AccountingTasklet implements Tasklet {
    public static final String REJECTS_FILE = "rejects.csv";

    private final RunContext run;

    public AccountingTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
        PrintWriter out = run.console();
        printFiles(connection, out);
        printNikValidity(connection, out);
        long rejects = writeRejects(connection, run.outputDir().resolve(REJECTS_FILE));
        ExportAudit.record(connection, run.runId(), REJECTS_FILE, rejects, run.outputDir().resolve(REJECTS_FILE));
        out.println(rejects == 0 ? "no rejected rows" : rejects + " rejected row(s) listed in " + run.outputDir().resolve(REJECTS_FILE));
        out.flush();
        return RepeatStatus.FINISHED;
    }

    private void printFiles(Connection c, PrintWriter out) throws SQLException {
        String sql = "SELECT source_file, kind, coalesce(program || ' ' || periode, ''), format, profile, rows_read, "
                + "rows_loaded, rows_rejected, run_id FROM " + Tables.IMPORTS + " ORDER BY import_id";
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        out.println("files (read = loaded + rejected):");
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long r = rs.getLong(6);
                long l = rs.getLong(7);
                long x = rs.getLong(8);
                if (r != l + x) {
                    throw new IllegalStateException("accounting does not add up for " + rs.getString(1) + ": read " + r
                            + " but loaded " + l + " + rejected " + x + "; this is a padan bug, please report it");
                }
                String when = rs.getString(9).equals(run.runId()) ? "" : " (loaded in " + rs.getString(9) + ")";
                out.println(String.format(Locale.ROOT, "  %-28s %-25s %,9d = %,9d + %,6d  %s%s%s", rs.getString(1),
                        rs.getString(2) + (rs.getString(3).isEmpty() ? "" : " " + rs.getString(3)), r, l, x,
                        rs.getString(4), rs.getString(5) == null ? "" : ", " + rs.getString(5), when));
                read += r;
                loaded += l;
                rejected += x;
            }
        }
        out.println(String.format(Locale.ROOT, "  %-54s %,9d = %,9d + %,6d", "total", read, loaded, rejected));
    }

    private static void printNikValidity(Connection c, PrintWriter out) throws SQLException {
        String sql = "SELECT source_kind, nik_status, count(*) FROM " + Tables.PERSON_STD
                + " GROUP BY ALL ORDER BY source_kind, count(*) DESC, nik_status";
        out.println("NIK validity per source kind:");
        String current = null;
        StringBuilder line = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getString(1).equals(current)) {
                    if (current != null) {
                        out.println(line);
                    }
                    current = rs.getString(1);
                    line = new StringBuilder(String.format(Locale.ROOT, "  %-15s", current));
                } else {
                    line.append(',');
                }
                line.append(String.format(Locale.ROOT, " %s %,d", rs.getString(2), rs.getLong(3)));
            }
        }
        if (current != null) {
            out.println(line);
        }
    }

    private static long writeRejects(Connection c, Path target) throws SQLException, IOException {
        String sql = "SELECT source_file, source_row, line, column_name, reason, raw_text FROM " + Tables.REJECTS
                + " ORDER BY import_id, source_row, column_name NULLS FIRST, reason";
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long rows = 0;
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader("source_file", "source_row", "line", "column", "reason", "raw_text").get());
                PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            OwnerOnlyFiles.restrict(temporary);
            while (rs.next()) {
                csv.printRecord(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
                rows++;
            }
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }
}
