package id.padan.job;

import id.padan.warehouse.Tables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A stage run once per regency, as a Spring Batch partitioned step: one partition per regency, on a bounded pool of
 * local threads. Each partition's step execution is recorded on its own ({@code link:62.03}), so a restart redoes only
 * the regencies that did not finish, and the partitions could later be handed to remote workers unchanged: all a
 * worker needs is the regency in its execution context and the warehouse.
 */
final class RegencyStep {
    static final String REGENCY_KEY = "regency";

    private RegencyStep() {
    }

    /**
     * The partitioned step named {@code name} running the tasklet {@code stage} makes for a regency (null for a job
     * that names none), with a run context whose console prints that regency's lines together when it ends.
     */
    static Step build(String name, RunContext run, JobRepository repository,
            BiFunction<RunContext, String, Tasklet> stage) {
        List<String> regencies = run.job().partitionRegencies();
        Step worker = new StepBuilder(name, repository)
                .tasklet(new InRegency(run, stage), run.warehouse().transactionManager())
                .build();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(run.job().partitions().threadsFor(regencies.size()));
        return new StepBuilder(name, repository)
                .partitioner(name, partitioner(regencies))
                .step(worker)
                .gridSize(regencies.size())
                .taskExecutor(threads)
                .build();
    }

    private static Partitioner partitioner(List<String> regencies) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (String regency : regencies) {
                ExecutionContext context = new ExecutionContext();
                if (regency != null) {
                    context.putString(REGENCY_KEY, regency);
                }
                partitions.put(regency == null ? "all" : regency, context);
            }
            return partitions;
        };
    }

    /** Runs a stage with the step's connection set to the regency's schema. */
    private static final class InRegency implements Tasklet {
        private final RunContext run;
        private final BiFunction<RunContext, String, Tasklet> stage;

        InRegency(RunContext run, BiFunction<RunContext, String, Tasklet> stage) {
            this.run = run;
            this.stage = stage;
        }

        @Override
        public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
            ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
            String regency = context.containsKey(REGENCY_KEY) ? context.getString(REGENCY_KEY) : null;
            Connection connection = DataSourceUtils.getConnection(run.warehouse().dataSource());
            StringWriter lines = new StringWriter();
            boolean several = run.job().partitionRegencies().size() > 1;
            // with several regencies at once, each one's report is printed whole when it ends, not interleaved
            RunContext regencyRun = several ? run.withConsole(new PrintWriter(lines)) : run;
            try (Statement st = connection.createStatement()) {
                st.execute("SET schema = '" + Tables.partitionSchema(regency) + "'");
            }
            try {
                return stage.apply(regencyRun, regency).execute(contribution, chunkContext);
            } finally {
                try (Statement st = connection.createStatement()) {
                    st.execute("SET schema = 'main'");
                } catch (java.sql.SQLException afterFailure) {
                    // the stage failed and aborted the transaction: its own exception is the one to report, and
                    // the connection is closed with the transaction anyway
                }
                if (several) {
                    regencyRun.console().flush();
                    synchronized (run.console()) {
                        for (String line : lines.toString().split("\n", -1)) {
                            if (!line.isEmpty()) {
                                run.console().println("[" + regency + "] " + line);
                            }
                        }
                        run.console().flush();
                    }
                }
            }
        }
    }
}
