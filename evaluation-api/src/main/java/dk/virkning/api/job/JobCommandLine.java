package dk.virkning.api.job;

import java.time.Duration;

import dk.virkning.batch.launch.JobLaunches;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.launch.BatchJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar virkning.jar --job=evaluation|economy|report|nightly}: runs the job(s) to the end and
 * exits, with exit code 0 on success and 1 on failure, for cron and operators' scripts.
 */
@Component
@ConditionalOnProperty("job")
@Order(Ordered.LOWEST_PRECEDENCE)
class JobCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(JobCommandLine.class);
    private static final Duration LIMIT = Duration.ofHours(12);

    private final JobLaunches launches;
    private final BatchJobs jobs;
    private int exitCode = 1;

    JobCommandLine(JobLaunches launches, BatchJobs jobs) {
        this.launches = launches;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        String job = args.getOptionValues("job").get(0);
        boolean ok = switch (job) {
            case "evaluation" -> runToEnd(launches.evaluateAsSystem(null, "COMMAND_LINE"));
            case "economy" -> runToEnd(launches.economyAsSystem(null, "COMMAND_LINE"));
            case "report" -> runToEnd(launches.reportsAsSystem("COMMAND_LINE"));
            case "nightly" -> runToEnd(launches.evaluateAsSystem(null, "COMMAND_LINE"))
                    && runToEnd(launches.economyAsSystem(null, "COMMAND_LINE"))
                    && runToEnd(launches.reportsAsSystem("COMMAND_LINE"));
            default -> {
                log.error("Unknown job '{}': use --job=evaluation, --job=economy, --job=report or --job=nightly", job);
                yield false;
            }
        };
        exitCode = ok ? 0 : 1;
    }

    private boolean runToEnd(long executionId) {
        JobProgress progress = jobs.await(executionId, LIMIT);
        log.info("{} execution {} ended {} ({} of {} items)", progress.jobName(), progress.id(), progress.status(),
                progress.itemsDone(), progress.itemsTotal());
        return progress.completed();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
