package dk.virkning.batch.economy;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import dk.virkning.batch.launch.ItemTotalAnnouncer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The economy job: values every project that has evaluation results with one valuation set
 * and writes (or replaces) one {@code economy_estimate} row per project and set version.
 *
 * <p>Steps: {@value #REGISTER_STEP} stores the valuation set (and refuses an edited one);
 * {@value #VALUE_STEP} reads projects in id order with a paging, item-counting reader (so a
 * failed run restarts after the last committed chunk), values each with
 * {@link dk.virkning.stats.economy.EconomyModel} and upserts the estimate in the chunk's
 * transaction (so a re-run replaces, never duplicates). Parameters: {@link EconomyJobParameters}.
 *
 * <p>The job has no incrementer: Spring Batch 6 ignores the parameters of a job that has
 * one. A launcher that re-runs the job adds its own identifying parameter (e.g. a
 * {@code run} timestamp); starting again with the same parameters is refused by Spring
 * Batch as an already complete instance, and restarting a failed one resumes it.
 */
@Configuration(proxyBeanMethods = false)
public class EconomyJobConfiguration {

    public static final String ECONOMY_JOB = "economyJob";
    static final String REGISTER_STEP = "economyRegisterValuationSet";
    static final String VALUE_STEP = "economyValueProjects";

    @Bean
    Job economyJob(JobRepository jobRepository, Step economyRegisterValuationSetStep, Step economyValueProjectsStep) {
        return new JobBuilder(ECONOMY_JOB, jobRepository)
                .validator(new EconomyJobParameters.Validator())
                .start(economyRegisterValuationSetStep)
                .next(economyValueProjectsStep)
                .build();
    }

    @Bean
    Step economyRegisterValuationSetStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ValuationSetRegistration economyValuationSetRegistration) {
        return new StepBuilder(REGISTER_STEP, jobRepository)
                .tasklet(economyValuationSetRegistration, transactionManager)
                .build();
    }

    @Bean
    Step economyValueProjectsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcPagingItemReader<ProjectToValue> economyProjectReader, EconomyProcessor economyProcessor,
            EconomyEstimateWriter economyEstimateWriter, JdbcTemplate jdbc,
            @Value("${virkning.economy.chunk-size:10}") int chunkSize,
            @Value("${virkning.economy.threads:2}") int threads) {
        // The Monte Carlo valuation is CPU-bound and independent per project: the projects of a
        // chunk are valued on all cores (threads = cores), read and written in the chunk's thread.
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("economy-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(VALUE_STEP, jobRepository)
                .<ProjectToValue, ValuedProject>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(economyProjectReader)
                .processor(economyProcessor)
                .writer(economyEstimateWriter)
                .taskExecutor(executor)
                .listener(new ItemTotalAnnouncer(() -> jdbc.queryForObject(
                        "select count(*) from project where " + PROJECTS_WITH_RESULTS, Long.class)))
                .build();
    }

    @Bean
    @StepScope
    ValuationSetRegistration economyValuationSetRegistration(EconomyEstimateRepository estimates,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new ValuationSetRegistration(estimates,
                EconomyJobParameters.from(stepExecution.getJobParameters()).valuationSet());
    }

    private static final String PROJECTS_WITH_RESULTS = """
            exists (select 1 from evaluation_result r
                     where r.project_id = project.id and r.organisation_id = project.organisation_id)""";

    /** Projects with at least one evaluation result, in id order; the id is the restart key. */
    @Bean
    @StepScope
    JdbcPagingItemReader<ProjectToValue> economyProjectReader(DataSource dataSource) throws Exception {
        return new JdbcPagingItemReaderBuilder<ProjectToValue>()
                .name("economyProjectReader")
                .dataSource(dataSource)
                .selectClause("id, organisation_id")
                .fromClause("project")
                .whereClause(PROJECTS_WITH_RESULTS)
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(100)
                .rowMapper((rs, rowNum) -> new ProjectToValue(rs.getLong("id"), rs.getLong("organisation_id")))
                .build();
    }

    @Bean
    @StepScope
    EconomyProcessor economyProcessor(EconomyInputRepository inputs,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new EconomyProcessor(inputs, EconomyJobParameters.from(stepExecution.getJobParameters()));
    }

    @Bean
    @StepScope
    EconomyEstimateWriter economyEstimateWriter(EconomyEstimateRepository estimates,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new EconomyEstimateWriter(estimates, stepExecution.getJobExecutionId());
    }
}
