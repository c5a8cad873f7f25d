package dk.virkning.batch.report.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.virkning.batch.partition.PartitionItemReader;
import dk.virkning.batch.partition.PartitionItems;
import dk.virkning.batch.partition.PartitionedStep;
import dk.virkning.batch.partition.RoundRobinPartitioner;
import dk.virkning.batch.report.RenderedReport;
import dk.virkning.batch.report.ReportRepository;
import dk.virkning.batch.report.pdf.ReportLanguage;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reportJob}: renders and stores reports. Parameters (all optional):
 * <ul>
 * <li>{@value #PROJECTS}: comma-separated project ids, or {@code ALL};</li>
 * <li>{@value #POOLS}: comma-separated grant-pool ids, or {@code ALL};</li>
 * <li>{@value #PROJECT_ORGANISATIONS}: comma-separated organisation ids; adds their projects;</li>
 * <li>{@value #POOL_ORGANISATIONS}: comma-separated organisation ids; adds the grant pools they own;</li>
 * <li>{@value #LANGUAGES}: {@code da}, {@code en} or {@code da,en} (default).</li>
 * </ul>
 * With none of the four, every project and every pool is rendered. The organisation parameters
 * let a user's "all of mine" stay one short parameter however many projects that is. The step is
 * partitioned over the targets and chunk-oriented, so a failed or killed run restarts after its
 * last commit; each target's reports replace the stored ones (one row per target, language,
 * audience and parameters), so running again never duplicates.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
public class ReportJobConfiguration {

    public static final String JOB_NAME = "reportJob";
    public static final String PROJECTS = "projects";
    public static final String POOLS = "pools";
    public static final String PROJECT_ORGANISATIONS = "projectOrganisations";
    public static final String POOL_ORGANISATIONS = "poolOrganisations";
    public static final String LANGUAGES = "languages";

    private static final PartitionItems<ReportTarget> TARGETS = new PartitionItems<>("reportTargets",
            ReportTarget::toString, ReportTarget::parse);

    @Bean
    Job reportJob(JobRepository jobRepository, Step renderReports) {
        return new JobBuilder(JOB_NAME, jobRepository).start(renderReports).build();
    }

    @Bean
    Step renderReports(JobRepository jobRepository, Step renderReportPartition,
            RoundRobinPartitioner<ReportTarget> reportPartitioner, ReportProperties properties) {
        return PartitionedStep.of("renderReports", jobRepository, reportPartitioner, renderReportPartition,
                properties.threads(), "report-");
    }

    @Bean
    @JobScope
    RoundRobinPartitioner<ReportTarget> reportPartitioner(ReportRepository reports,
            @Value("#{jobParameters['" + PROJECTS + "']}") String projects,
            @Value("#{jobParameters['" + POOLS + "']}") String pools,
            @Value("#{jobParameters['" + PROJECT_ORGANISATIONS + "']}") String projectOrganisations,
            @Value("#{jobParameters['" + POOL_ORGANISATIONS + "']}") String poolOrganisations) {
        boolean everything = blank(projects) && blank(pools) && blank(projectOrganisations) && blank(poolOrganisations);
        List<ReportTarget> targets = new ArrayList<>();
        for (long id : ReportTargets.select(everything ? "ALL" : projects, projectOrganisations, reports::allProjects,
                reports::projectsOf)) {
            targets.add(new ReportTarget(RenderedReport.PROJECT, id));
        }
        for (long id : ReportTargets.select(everything ? "ALL" : pools, poolOrganisations, reports::allPools,
                reports::poolsOf)) {
            targets.add(new ReportTarget(RenderedReport.PORTFOLIO, id));
        }
        return new RoundRobinPartitioner<>(TARGETS, targets);
    }

    @Bean
    Step renderReportPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PartitionItemReader<ReportTarget> reportTargetReader,
            ItemProcessor<ReportTarget, List<RenderedReport>> reportRenderer,
            ItemWriter<List<RenderedReport>> reportWriter, ReportProperties properties) {
        return new StepBuilder("renderReportPartition", jobRepository)
                .<ReportTarget, List<RenderedReport>>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reportTargetReader)
                .processor(reportRenderer)
                .writer(reportWriter)
                .build();
    }

    @Bean
    @StepScope
    PartitionItemReader<ReportTarget> reportTargetReader() {
        return new PartitionItemReader<>(TARGETS);
    }

    @Bean
    @StepScope
    ItemProcessor<ReportTarget, List<RenderedReport>> reportRenderer(ReportGenerator generator,
            @Value("#{jobParameters['" + LANGUAGES + "']}") String languages) {
        List<ReportLanguage> chosen = languages == null || languages.isBlank() ? List.of(ReportLanguage.values())
                : Arrays.stream(languages.split(",")).map(code -> ReportLanguage.of(code)
                        .orElseThrow(() -> new IllegalArgumentException(LANGUAGES + ": unknown language " + code)))
                        .distinct().toList();
        return target -> {
            List<RenderedReport> rendered = generator.editions(target, chosen);
            return rendered.isEmpty() ? null : rendered;
        };
    }

    @Bean
    @StepScope
    ItemWriter<List<RenderedReport>> reportWriter(ReportRepository reports,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return chunk -> {
            for (List<RenderedReport> target : chunk) {
                for (RenderedReport r : target) {
                    reports.store(r.kind(), r.targetId(), r.organisationId(), r.language().code(), r.audience().name(),
                            r.parameters(), r.sha256(), r.bytes(), jobExecutionId);
                }
            }
        };
    }

    private static boolean blank(String parameter) {
        return parameter == null || parameter.isBlank();
    }
}
