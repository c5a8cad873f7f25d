package dk.virkning.batch.economy;

import dk.virkning.batch.partition.PartitionItemReader;
import dk.virkning.batch.partition.PartitionItems;
import dk.virkning.batch.partition.PartitionedStep;
import dk.virkning.batch.partition.RoundRobinPartitioner;
import dk.virkning.stats.economy.ValuationSets;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The economy job: values every project that has evaluation results with one valuation set
 * and writes (or replaces) one {@code economy_estimate} row per project and set version.
 *
 * <p>Steps: {@value #REGISTER_STEP} stores the valuation set (and refuses an edited one);
 * {@value #VALUE_STEP} is partitioned over the projects with evaluation results, like the
 * evaluation job: each partition is chunk-oriented, values each project with
 * {@link dk.virkning.stats.economy.EconomyModel} and upserts the estimate in the chunk's
 * transaction (so a re-run replaces, never duplicates), and a failed run restarts after the last
 * committed chunk of each unfinished partition. Parameters: {@link EconomyJobParameters}.
 *
 * <p>The job has no incrementer: Spring Batch 6 ignores the parameters of a job that has
 * one. A launcher that re-runs the job adds its own identifying parameter (e.g. a
 * {@code run} timestamp); starting again with the same parameters is refused by Spring
 * Batch as an already complete instance, and restarting a failed one resumes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EconomyProperties.class)
public class EconomyJobConfiguration {

    public static final String ECONOMY_JOB = "economyJob";
    static final String REGISTER_STEP = "economyRegisterValuationSet";
    static final String VALUE_STEP = "economyValueProjects";
    static final String VALUE_PARTITION_STEP = "economyValueProjectPartition";

    private static final PartitionItems<ProjectToValue> PROJECTS = new PartitionItems<>("projectsToValue",
            ProjectToValue::toString, ProjectToValue::parse);

    @Bean
    Job economyJob(JobRepository jobRepository, Step economyRegisterValuationSetStep, Step economyValueProjectsStep,
            ValuationSets valuationSets) {
        return new JobBuilder(ECONOMY_JOB, jobRepository)
                .validator(new EconomyJobParameters.Validator(valuationSets))
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
    Step economyValueProjectsStep(JobRepository jobRepository, Step economyValueProjectPartitionStep,
            RoundRobinPartitioner<ProjectToValue> economyPartitioner, EconomyProperties properties) {
        return PartitionedStep.of(VALUE_STEP, jobRepository, economyPartitioner, economyValueProjectPartitionStep,
                properties.threads(), "economy-");
    }

    /** Projects with at least one evaluation result, in id order; read when the valuing step starts. */
    @Bean
    @JobScope
    RoundRobinPartitioner<ProjectToValue> economyPartitioner(EconomyInputRepository inputs) {
        return new RoundRobinPartitioner<>(PROJECTS, inputs.projectsToValue());
    }

    @Bean
    Step economyValueProjectPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PartitionItemReader<ProjectToValue> economyProjectReader, EconomyProcessor economyProcessor,
            EconomyEstimateWriter economyEstimateWriter, EconomyProperties properties) {
        return new StepBuilder(VALUE_PARTITION_STEP, jobRepository)
                .<ProjectToValue, ValuedProject>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(economyProjectReader)
                .processor(economyProcessor)
                .writer(economyEstimateWriter)
                .build();
    }

    @Bean
    @StepScope
    PartitionItemReader<ProjectToValue> economyProjectReader() {
        return new PartitionItemReader<>(PROJECTS);
    }

    @Bean
    @StepScope
    ValuationSetRegistration economyValuationSetRegistration(EconomyEstimateRepository estimates,
            ValuationSets valuationSets, @Value("#{stepExecution}") StepExecution stepExecution) {
        return new ValuationSetRegistration(estimates,
                EconomyJobParameters.from(valuationSets, stepExecution.getJobParameters()).valuationSet());
    }

    @Bean
    @StepScope
    EconomyProcessor economyProcessor(EconomyInputRepository inputs, ValuationSets valuationSets,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new EconomyProcessor(inputs, EconomyJobParameters.from(valuationSets, stepExecution.getJobParameters()));
    }

    @Bean
    @StepScope
    EconomyEstimateWriter economyEstimateWriter(EconomyEstimateRepository estimates,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new EconomyEstimateWriter(estimates, stepExecution.getJobExecutionId());
    }
}
