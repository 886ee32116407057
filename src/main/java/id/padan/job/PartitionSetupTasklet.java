package id.padan.job;

import id.padan.warehouse.Tables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Prepares one schema per regency of the job for the link and flag stages: {@code partition_imports} says which
 * imports each regency reads, and each schema's {@code person_std} is a view of the main table limited to them. A
 * stage running with its connection's schema set to a regency's thus sees that regency's people only, writes its
 * tables there, and still reads every other table (regions, imports) from the main schema.
 */
public final class PartitionSetupTasklet implements Tasklet {
    /** An import read by a regency's stages; owned when it belongs to that regency rather than to all. */
    private record Membership(String schema, String regency, int importId, boolean owned) {
    }

    private final RunContext run;

    public PartitionSetupTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        Connection c = DataSourceUtils.getConnection(run.warehouse().dataSource());
        List<String> regencies = run.job().partitionRegencies();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + Tables.PARTITION_IMPORTS
                    + " (schema_name VARCHAR NOT NULL, regency VARCHAR, import_id INTEGER NOT NULL, owned BOOLEAN NOT NULL)");
        }
        List<Membership> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT import_id, source_id FROM " + Tables.IMPORTS + " ORDER BY import_id")) {
            while (rs.next()) {
                int importId = rs.getInt(1);
                String regency = run.job().regencyOfSourceId(rs.getString(2));
                for (String partition : regencies) {
                    boolean owned = regencies.size() == 1 || Objects.equals(partition, regency);
                    if (owned || regency == null) {
                        rows.add(new Membership(Tables.partitionSchema(partition), partition, importId, owned));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.PARTITION_IMPORTS + " VALUES (?, ?, ?, ?)")) {
            for (Membership row : rows) {
                ps.setString(1, row.schema());
                ps.setString(2, row.regency());
                ps.setInt(3, row.importId());
                ps.setBoolean(4, row.owned());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (String partition : regencies) {
            String schema = Tables.partitionSchema(partition);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                // current_schema() is the schema of the connection reading the view: the regency whose stage runs
                st.execute("CREATE OR REPLACE VIEW " + schema + "." + Tables.PERSON_STD + " AS SELECT p.* FROM main."
                        + Tables.PERSON_STD + " p WHERE p.import_id IN (SELECT import_id FROM main."
                        + Tables.PARTITION_IMPORTS + " WHERE schema_name = current_schema())");
            }
        }
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }
}
