package dk.virkning.batch.evaluation;

import dk.virkning.batch.launch.JobsProperties;
import dk.virkning.batch.partition.PartitionItemReader;
import dk.virkning.batch.partition.PartitionItems;
import dk.virkning.batch.partition.PartitionedStep;
import dk.virkning.batch.partition.RoundRobinPartitioner;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code evaluationJob}: a partitioned step over projects. Each partition is a chunk-oriented step
 * reading project ids, evaluating each project and replacing its results, committing every
 * {@link JobsProperties.Evaluation#commitInterval()} projects. A job that dies is restarted from its
 * last commit: finished partitions are skipped and an unfinished one resumes after its last chunk.
 * Job parameter {@code projects}: comma-separated project ids, or {@value #ALL_PROJECTS} for every project.
 */
@Configuration
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
            RoundRobinPartitioner<Long> evaluationPartitioner, JobsProperties properties) {
        return PartitionedStep.of("evaluateProjects", jobRepository, evaluationPartitioner, evaluateProjectPartition,
                properties.evaluation().threads(), "evaluation-");
    }

    @Bean
    @JobScope
    RoundRobinPartitioner<Long> evaluationPartitioner(EvaluationDataRepository data,
            @Value("#{jobParameters['" + PROJECTS_PARAMETER + "']}") String projects) {
        return new RoundRobinPartitioner<>(PartitionItems.PROJECT_IDS, ALL_PROJECTS.equals(projects)
                ? data.evaluableProjectIds() : PartitionItems.PROJECT_IDS.split(projects));
    }

    @Bean
    Step evaluateProjectPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PartitionItemReader<Long> evaluationReader, ProjectEvaluationProcessor evaluationProcessor,
            EvaluationResultWriter evaluationWriter, JobsProperties properties) {
        return new StepBuilder("evaluateProjectPartition", jobRepository)
                .<Long, ProjectEvaluation>chunk(properties.evaluation().commitInterval())
                .transactionManager(transactionManager)
                .reader(evaluationReader)
                .processor(evaluationProcessor)
                .writer(evaluationWriter)
                .build();
    }

    @Bean
    @StepScope
    PartitionItemReader<Long> evaluationReader() {
        return new PartitionItemReader<>(PartitionItems.PROJECT_IDS);
    }

    @Bean
    ProjectEvaluationProcessor evaluationProcessor(EvaluationDataRepository data, InstrumentCatalog instruments) {
        return new ProjectEvaluationProcessor(data, new ProjectEvaluator(instruments));
    }

    @Bean
    @StepScope
    EvaluationResultWriter evaluationWriter(EvaluationResultRepository results,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new EvaluationResultWriter(results, jobExecutionId);
    }
}
