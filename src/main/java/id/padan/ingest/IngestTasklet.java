package id.padan.ingest;

import id.padan.job.JobDefinition;
import id.padan.job.Progress;
import id.padan.job.RunContext;
import id.padan.job.SourceKind;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Loads one input file per call into its raw table, through the DuckDB Appender, in the step's transaction: the
 * rows, the rejects and the {@code imports} row commit together or not at all, so a run killed mid-file reloads that
 * file from the start and never half of it. A file whose content (SHA-256) was loaded before is skipped.
 */
public final class IngestTasklet implements Tasklet {
    private final RunContext run;
    private final List<SourceFiles.Entry> plan;
    private final Map<Path, String> checksums = new HashMap<>();
    private final Set<Path> reported = new HashSet<>();

    public IngestTasklet(RunContext run) {
        this.run = run;
        this.plan = SourceFiles.of(run.job(), run.paths());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
        ensureSchema(connection);
        for (SourceFiles.Entry entry : plan) {
            String sha256 = checksums.computeIfAbsent(entry.file(), FileDigest::sha256);
            String loadedIn = runThatLoaded(connection, sha256);
            if (loadedIn != null) {
                if (!loadedIn.equals(run.runId()) && reported.add(entry.file())) {
                    run.console().println("  " + entry.file().getFileName() + ": same content already loaded in "
                            + loadedIn + ", skipped");
                }
                continue;
            }
            FileLoad.Result result;
            try (Progress progress = run.progress("ingest " + entry.file().getFileName(),
                    FileLoad.estimatedRows(entry.file()), "rows")) {
                result = new FileLoad(connection, entry.withProgramSheet(run.job().periods()), sha256, run.runId(),
                        progress).load(run.warehouse().scratchDir());
            }
            contribution.incrementWriteCount(result.loaded());
            contribution.incrementReadSkipCount(result.rejected());
            run.console().println("  " + entry.file().getFileName() + ": " + result.profileLine());
            run.console().println(String.format(Locale.ROOT, "  %s: %,d read = %,d loaded + %,d rejected (%s)",
                    entry.file().getFileName(), result.read(), result.loaded(), result.rejected(), result.format()));
            for (String note : result.notes()) {
                run.console().println("    " + note);
            }
            run.console().flush();
            return RepeatStatus.CONTINUABLE;
        }
        return RepeatStatus.FINISHED;
    }

    static void ensureSchema(Connection connection) throws SQLException {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("padan/sql/ingest-schema.sql"));
        try (Statement s = connection.createStatement()) {
            for (SourceKind kind : SourceKind.values()) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(Tables.raw(kind))
                        .append(" (import_id INTEGER NOT NULL, source_row BIGINT NOT NULL");
                for (String field : kind.fields()) {
                    ddl.append(", ").append(field).append(" VARCHAR");
                }
                s.execute(ddl.append(')').toString());
            }
        }
    }

    private static String runThatLoaded(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT run_id FROM " + Tables.IMPORTS + " WHERE sha256 = ? ORDER BY import_id LIMIT 1")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
