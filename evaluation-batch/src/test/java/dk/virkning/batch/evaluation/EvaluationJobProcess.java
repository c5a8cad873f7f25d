package dk.virkning.batch.evaluation;

import java.time.Duration;
import java.util.Map;

import dk.virkning.batch.BatchTestApplication;
import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The batch application in a JVM of its own, evaluating every project: the process that
 * {@link EvaluationJobCrashTest} kills. Arguments are Spring Boot's (database URL, commit interval).
 */
public final class EvaluationJobProcess {

    private EvaluationJobProcess() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchTestApplication.class).run(args);
        BatchJobs jobs = context.getBean(BatchJobs.class);
        long id = jobs.start(EvaluationJobConfiguration.JOB_NAME,
                Map.of(EvaluationJobConfiguration.PROJECTS_PARAMETER, EvaluationJobConfiguration.ALL_PROJECTS));
        System.out.println("evaluationJob execution " + id + " started");
        JobProgress end = jobs.await(id, Duration.ofMinutes(10));
        System.out.println("evaluationJob execution " + id + " ended " + end.status());
        context.close();
        System.exit(end.completed() ? 0 : 1);
    }
}
