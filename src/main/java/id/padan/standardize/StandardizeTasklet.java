package id.padan.standardize;

import id.padan.job.JobDefinition;
import id.padan.job.RunContext;
import id.padan.job.SourceKind;
import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Standardizes one import per call: its raw rows are typed and cleaned by {@link PersonStandardizer}, run inside
 * DuckDB as a SQL function, into {@code person_std} (population lists into {@code population_std}). The import is marked done in the same transaction, so a restart
 * continues with the next import and never writes one twice.
 */
public final class StandardizeTasklet implements Tasklet {
    private static final Logger LOG = Logger.getLogger(StandardizeTasklet.class.getName());
    static final long RECORD_ID_STRIDE = 1_000_000_000L;

    private final RunContext run;
    private final RegionTable regions;
    private final StandardizeFunction function;

    public StandardizeTasklet(RunContext run) {
        this.run = run;
        this.regions = RegionTable.kemendagri2025();
        java.util.Map<String, String> labels = peristiwaLabels(run.job());
        this.function = new StandardizeFunction(area -> new PersonStandardizer(regions, area, labels));
    }

    /**
     * The PERISTIWA labels the job's sources give; one table serves every import, since a label means the same
     * event wherever it is written.
     */
    static java.util.Map<String, String> peristiwaLabels(JobDefinition job) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (JobDefinition.Source source : job.sources()) {
            labels.putAll(source.peristiwaLabels());
        }
        return labels;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
        ensureSchema(connection);
        PendingImport next = nextImport(connection);
        if (next == null) {
            java.util.Map<String, Boolean> sources = new java.util.LinkedHashMap<>();
            run.job().sources().forEach(s -> sources.put(s.id(), id.padan.job.JobPaths.isGlob(s.path())));
            List<String> superseded = CurrentImports.supersede(connection, run.runId(), sources,
                    run.job().inbox() != null);
            if (!superseded.isEmpty()) {
                run.console().println("superseded loads (their rows stay in the raw tables, but are no longer linked or"
                        + " flagged):");
                superseded.forEach(line -> run.console().println("  " + line));
                run.console().flush();
            }
            return RepeatStatus.FINISHED;
        }
        long rows = next.kind() == SourceKind.POPULATION
                ? standardizePopulation(connection, next)
                : standardizePersons(connection, next);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO " + Tables.STANDARDIZED_IMPORTS + " (import_id, rows) VALUES (?, ?)")) {
            ps.setInt(1, next.importId());
            ps.setLong(2, rows);
            ps.executeUpdate();
        }
        contribution.incrementWriteCount(rows);
        LOG.fine(() -> "standardized " + next.sourceFile() + ": " + rows + " rows");
        return RepeatStatus.CONTINUABLE;
    }

    private static void ensureSchema(Connection connection) throws SQLException {
        org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(connection,
                new org.springframework.core.io.ClassPathResource("padan/sql/standardize-schema.sql"));
    }

    /** @param regency where the file comes from: place names without a code are looked up there */
    record PendingImport(int importId, SourceKind kind, String sourceFile, String program, String periode,
            String regency) {
    }



    private PendingImport nextImport(Connection connection) throws SQLException {
        String sql = "SELECT import_id, kind, source_file, program, periode, source_id FROM " + Tables.IMPORTS
                + " WHERE import_id NOT IN (SELECT import_id FROM " + Tables.STANDARDIZED_IMPORTS + ")"
                + " ORDER BY import_id LIMIT 1";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new PendingImport(rs.getInt(1), SourceKind.fromId(rs.getString(2)).orElseThrow(),
                    rs.getString(3), rs.getString(4), rs.getString(5), run.job().regencyOfSourceId(rs.getString(6)));
        }
    }

    private LocalDate referenceDate(PendingImport pending) {
        JobDefinition.Period period = pending.periode() == null ? null : run.job().periods().get(pending.periode());
        if (period != null && period.referenceDate() != null) {
            return period.referenceDate();
        }
        return run.job().periods().values().stream()
                .map(JobDefinition.Period::referenceDate)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }

    private long standardizePersons(Connection connection, PendingImport pending) throws SQLException {
        SourceKind kind = pending.kind();
        function.register(connection);
        try (PreparedStatement ps = connection.prepareStatement(StandardizeFunction.insertSql(kind, Tables.PERSON_STD,
                Tables.raw(kind), RECORD_ID_STRIDE))) {
            int i = 1;
            ps.setString(i++, kind.id());
            ps.setString(i++, pending.sourceFile());
            ps.setString(i++, pending.program());
            ps.setString(i++, pending.periode());
            ps.setString(i++, kind.id());
            ps.setString(i++, referenceDate(pending).toString());
            ps.setString(i++, pending.regency());
            ps.setInt(i, pending.importId());
            long raw = rowBounds(connection, kind, pending.importId())[2];
            long written;
            try (var rows = function.reportTo(run.progress("standardize " + pending.sourceFile(), raw, "rows"))) {
                written = ps.executeUpdate();
            }
            if (written != raw) {
                throw new IllegalStateException("person_std got " + written + " rows of " + pending.sourceFile()
                        + " but its raw table has " + raw + "; this is a padan bug");
            }
            return written;
        }
    }

    /** Smallest, largest source_row and the row count of an import. */
    private static long[] rowBounds(Connection connection, SourceKind kind, int importId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(min(source_row), 0), "
                + "coalesce(max(source_row), 0), count(*) FROM " + Tables.raw(kind) + " WHERE import_id = ?")) {
            ps.setInt(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private long standardizePopulation(Connection connection, PendingImport pending) throws SQLException {
        String select = "SELECT source_row, kode_wilayah, desa, jumlah_penduduk FROM " + Tables.raw(SourceKind.POPULATION)
                + " WHERE import_id = ? ORDER BY source_row";
        long written = 0;
        RegionResolver villages = pending.regency() == null ? regions.resolver() : regions.resolver(pending.regency());
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, Tables.POPULATION_STD);
                PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setInt(1, pending.importId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RegionMatch region = villages.resolve(new RegionQuery(rs.getString(2), null, null, null,
                            rs.getString(3)));
                    appender.beginRow();
                    appender.append(pending.importId());
                    appender.append(rs.getLong(1));
                    appendText(appender, region.code());
                    appender.append(region.status().name());
                    appendText(appender, PlaceName.village(rs.getString(3)));
                    Long population = count(rs.getString(4));
                    if (population == null) {
                        appender.appendNull();
                    } else {
                        appender.append(population.longValue());
                    }
                    appender.endRow();
                    written++;
                }
            }
            appender.flush();
        }
        return written;
    }

    private static void appendText(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    /** A head count as written in population lists: {@code 1.234}, {@code 1,234} or {@code 1234}. */
    static Long count(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[.,\\s\u00A0]", "");
        return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
    }
}
