package id.padan.job;

import id.padan.warehouse.Warehouse;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * Spring Batch over the warehouse: the JDBC job repository lives in the same DuckDB file as the stage tables, so the
 * record of which step finished commits together with that step's data.
 *
 * <p>A run either restarts the last run of the job, when that run did not complete, or starts the next one. A run
 * that was killed is still marked STARTED in the repository; the caller holds the job's {@code RunLock}, so no live
 * process owns it, and it is first marked FAILED (Spring Batch's {@code recover}) and then restarted.
 */
public final class BatchRuns {
    public static final String RUN_PARAMETER = "run";

    private final JobRepository repository;
    private final TaskExecutorJobOperator operator;
    private final MapJobRegistry registry = new MapJobRegistry();

    public BatchRuns(Warehouse warehouse) throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(warehouse.dataSource());
        factory.setTransactionManager(warehouse.transactionManager());
        // The PostgreSQL dialect's sequences and paging SQL run unchanged on DuckDB.
        factory.setDatabaseType("POSTGRES");
        // DuckDB offers snapshot isolation only; SERIALIZABLE, Spring Batch's default for creation, is refused.
        factory.setIsolationLevelForCreate("ISOLATION_DEFAULT");
        factory.afterPropertiesSet();
        this.repository = factory.getObject();
        this.operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        operator.setJobRegistry(registry);
        operator.setTaskExecutor(new SyncTaskExecutor());
        operator.afterPropertiesSet();
    }

    public JobRepository repository() {
        return repository;
    }

    /** What the next {@link #run} will do, so the caller can name the run folder before it starts. */
    public record Plan(long runNumber, JobExecution toRestart) {
        public boolean isRestart() {
            return toRestart != null;
        }
    }

    public Plan plan(String jobName) {
        JobInstance last = repository.getLastJobInstance(jobName);
        if (last != null) {
            JobExecution lastExecution = repository.getLastJobExecution(last);
            if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED
                    && lastExecution.getStatus() != BatchStatus.ABANDONED) {
                return new Plan(runNumberOf(lastExecution), lastExecution);
            }
        }
        List<JobInstance> instances = repository.getJobInstances(jobName, 0, 1);
        long next = instances.isEmpty() ? 1 : runNumberOf(repository.getLastJobExecution(instances.get(0))) + 1;
        return new Plan(next, null);
    }

    public JobExecution run(Job job, Plan plan) throws Exception {
        registry.register(job);
        if (plan.isRestart()) {
            JobExecution previous = plan.toRestart();
            if (previous.getStatus().isRunning()) {
                previous = operator.recover(previous);
            }
            return operator.restart(previous);
        }
        JobParameters parameters = new JobParametersBuilder()
                .addLong(RUN_PARAMETER, plan.runNumber())
                .toJobParameters();
        return operator.start(job, parameters);
    }

    private static long runNumberOf(JobExecution execution) {
        if (execution == null) {
            return 0;
        }
        Long run = execution.getJobParameters().getLong(RUN_PARAMETER);
        return run == null ? execution.getJobInstance().getInstanceId() : run;
    }
}
