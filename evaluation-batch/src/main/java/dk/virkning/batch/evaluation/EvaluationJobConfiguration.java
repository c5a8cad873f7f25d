package dk.virkning.batch.evaluation;

import dk.virkning.stats.instrument.InstrumentCatalog;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code evaluationJob}: a partitioned step over projects. Each partition is a chunk-oriented step
 * reading project ids, evaluating each project and replacing its results, committing every
 * {@link EvaluationProperties#commitInterval()} projects. A job that dies is restarted from its
 * last commit: finished partitions are skipped and an unfinished one resumes after its last chunk.
 * Job parameter {@code projects}: comma-separated project ids, or {@value #ALL_PROJECTS} for every project.
 */
@Configuration
@EnableConfigurationProperties(EvaluationProperties.class)
public class EvaluationJobConfiguration {

    public static final String JOB_NAME = "evaluationJob";
    public static final String PROJECTS_PARAMETER = "projects";
    public static final String ALL_PROJECTS = "ALL";

    @Bean
    Job evaluationJob(JobRepository jobRepository, Step evaluateProjects) {
        return new JobBuilder(JOB_NAME, jobRepository).start(evaluateProjects).build();
    }

    @Bean
    Step evaluateProjects(JobRepository jobRepository, Step evaluateProjectPartition,
            ProjectPartitioner evaluationPartitioner, EvaluationProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("evaluation-");
        executor.setConcurrencyLimit(properties.threads());
        return new StepBuilder("evaluateProjects", jobRepository)
                .partitioner("evaluateProjectPartition", evaluationPartitioner)
                .step(evaluateProjectPartition)
                .gridSize(properties.threads())
                .taskExecutor(executor)
                .build();
    }

    @Bean
    @JobScope
    ProjectPartitioner evaluationPartitioner(EvaluationDataRepository data,
            @Value("#{jobParameters['" + PROJECTS_PARAMETER + "']}") String projects) {
        return new ProjectPartitioner(ALL_PROJECTS.equals(projects) ? data.evaluableProjectIds()
                : ProjectPartitioner.split(projects));
    }

    @Bean
    Step evaluateProjectPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ProjectIdReader evaluationReader, ProjectEvaluationProcessor evaluationProcessor,
            EvaluationResultWriter evaluationWriter, EvaluationProperties properties) {
        return new StepBuilder("evaluateProjectPartition", jobRepository)
                .<Long, ProjectEvaluation>chunk(properties.commitInterval())
                .transactionManager(transactionManager)
                .reader(evaluationReader)
                .processor(evaluationProcessor)
                .writer(evaluationWriter)
                .build();
    }

    @Bean
    @StepScope
    ProjectIdReader evaluationReader(@Value("#{stepExecutionContext['" + ProjectPartitioner.PROJECT_IDS + "']}") String ids) {
        return new ProjectIdReader(ProjectPartitioner.split(ids));
    }

    @Bean
    ProjectEvaluationProcessor evaluationProcessor(EvaluationDataRepository data) {
        return new ProjectEvaluationProcessor(data, new ProjectEvaluator(InstrumentCatalog.standard()));
    }

    @Bean
    @StepScope
    EvaluationResultWriter evaluationWriter(EvaluationResultRepository results,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new EvaluationResultWriter(results, jobExecutionId);
    }
}
