package id.padan.job;

import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Brings the tables every regency's link and flag stages wrote into the main schema, where the cases, outputs and
 * worklists read them. A record of a shared reference list is linked within every regency; only the regencies' own
 * records' links are gathered, so each record has one link in the main schema.
 */
public final class GatherTasklet implements Tasklet {
    /** Tables keyed by a person record, which a shared list's record would otherwise bring once per regency. */
    private static final Set<String> PER_RECORD = Set.of(Tables.LINKS, Tables.CLUSTERS);

    private final RunContext run;

    public GatherTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        Connection c = DataSourceUtils.getConnection(run.warehouse().dataSource());
        List<String> schemas = run.job().partitionRegencies().stream().map(Tables::partitionSchema).toList();
        for (String table : Tables.PER_REGENCY) {
            StringBuilder union = new StringBuilder();
            for (String schema : schemas) {
                if (!union.isEmpty()) {
                    union.append(" UNION ALL BY NAME ");
                }
                union.append("SELECT * FROM ").append(schema).append('.').append(table);
                if (PER_RECORD.contains(table)) {
                    union.append(" WHERE record_id IN (SELECT p.record_id FROM main.").append(Tables.PERSON_STD)
                            .append(" p JOIN main.").append(Tables.PARTITION_IMPORTS)
                            .append(" i ON i.import_id = p.import_id WHERE i.schema_name = ? AND i.owned)");
                }
            }
            String distinct = table.equals(Tables.FLAG_PROGRAMS) ? "DISTINCT " : "";
            try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TABLE main." + table + " AS SELECT "
                    + distinct + "* FROM (" + union + ") ORDER BY ALL")) {
                int parameter = 1;
                if (PER_RECORD.contains(table)) {
                    for (String schema : schemas) {
                        ps.setString(parameter++, schema);
                    }
                }
                ps.execute();
            }
        }
        return RepeatStatus.FINISHED;
    }
}
