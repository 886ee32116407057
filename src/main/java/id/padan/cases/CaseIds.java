package id.padan.cases;

import id.padan.job.RunContext;
import id.padan.warehouse.Warehouse;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Gives every case its stable id once the cases of all regencies are gathered: each regency builds its cases alone,
 * but the rows of one subject are numbered across the whole job, as the ids of earlier runs were.
 */
public final class CaseIds implements Tasklet {
    static final String SCRIPT = "padan/sql/case-ids.sql";

    private final RunContext run;

    public CaseIds(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        number(DataSourceUtils.getConnection(run.warehouse().dataSource()));
        return RepeatStatus.FINISHED;
    }

    /** Numbers the cases of {@code cases} (of the connection's schema) and gives each its id. */
    public static void number(java.sql.Connection connection) throws java.sql.SQLException {
        Warehouse.runStageScript(connection, SCRIPT);
    }
}
