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
    /** Rows of files without KODE WILAYAH whose region the place names did not give. */
    public static final String UNRESOLVED_REGIONS_FILE = "unresolved_regions.csv";

    private final RunContext run;

    public AccountingTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
        PrintWriter out = run.console();
        printFiles(connection, out);
        printAdaptations(connection, out);
        long unresolved = writeUnresolvedRegions(connection, run.outputDir().resolve(UNRESOLVED_REGIONS_FILE));
        if (unresolved > 0) {
            out.println(unresolved + " row(s) without a resolvable region listed in "
                    + run.outputDir().resolve(UNRESOLVED_REGIONS_FILE));
        }
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

    /**
     * Per file, how padan adapted to the fields its layout lacks, and for a file without KODE WILAYAH the rows
     * whose region could not be resolved from the names, so nothing is guessed silently.
     */
    private static void printAdaptations(Connection c, PrintWriter out) throws SQLException {
        String sql = "SELECT i.source_file, i.notes, (SELECT count(*) FROM " + Tables.PERSON_STD + " p"
                + " WHERE p.import_id = i.import_id AND p.wilayah_status IN ('UNRESOLVED', 'MISSING'))"
                + " FROM " + Tables.IMPORTS + " i WHERE i.notes IS NOT NULL ORDER BY i.import_id";
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!any) {
                    out.println("columns missing from a layout, and what padan does instead:");
                    any = true;
                }
                out.println("  " + rs.getString(1) + ":");
                for (String note : rs.getString(2).split("\n")) {
                    out.println("    " + note);
                    if (note.startsWith("no KODE WILAYAH")) {
                        out.println(String.format(Locale.ROOT, "    %,d row(s) with no resolvable region"
                                + " (wilayah_status UNRESOLVED or MISSING in person_std)", rs.getLong(3)));
                    }
                }
            }
        }
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

    /**
     * The rows of files without KODE WILAYAH whose region could not be resolved from the names, so the officer can
     * correct the village names or add the code.
     */
    private static long writeUnresolvedRegions(Connection c, Path target) throws SQLException, IOException {
        String sql = "SELECT p.source_file, p.source_row, p.wilayah_status, p.kecamatan, p.desa, p.alamat FROM "
                + Tables.PERSON_STD + " p JOIN " + Tables.IMPORTS + " i USING (import_id)"
                + " WHERE p.wilayah_status IN ('UNRESOLVED', 'MISSING') AND i.notes LIKE '%no KODE WILAYAH%'"
                + " ORDER BY p.import_id, p.source_row";
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long rows = 0;
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader("source_file", "source_row", "wilayah_status", "kecamatan", "desa", "alamat").get());
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            OwnerOnlyFiles.restrict(temporary);
            while (rs.next()) {
                csv.printRecord(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
                rows++;
            }
        }
        if (rows == 0) {
            Files.delete(temporary);
            Files.deleteIfExists(target);
            return 0;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
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
