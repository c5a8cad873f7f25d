package dk.virkning.batch.launch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates every project, values the effects and renders every report, each night. Each job
 * waits for the one before, whose results it reads. Configured by {@link JobsProperties.Schedule}
 * ({@code virkning.jobs.schedule.*}); registered here rather than with {@code @Scheduled} so that
 * the cron's default is the one in that record. Runs only where scheduling is enabled
 * ({@code @EnableScheduling}, the application).
 */
@Component
class NightlySchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final JobLaunches launches;
    private final BatchJobs jobs;
    private final JobsProperties.Schedule schedule;

    NightlySchedule(JobLaunches launches, BatchJobs jobs, JobsProperties properties) {
        this.launches = launches;
        this.jobs = jobs;
        this.schedule = properties.schedule();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (schedule.enabled()) {
            registrar.addCronTask(this::run, schedule.cron());
        }
    }

    void run() {
        JobProgress evaluation = jobs.await(launches.evaluateAsSystem(null, "SCHEDULE"), Duration.ofHours(6));
        if (!evaluation.completed()) {
            log.error("Nightly evaluation {} ended {}; the economy run is skipped", evaluation.id(), evaluation.status());
            return;
        }
        JobProgress economy = jobs.await(launches.economyAsSystem(null, "SCHEDULE"), Duration.ofHours(6));
        if (!economy.completed()) {
            log.error("Nightly economy run {} ended {}; the reports are not rendered", economy.id(), economy.status());
            return;
        }
        // Reports last: they show both the results and the economy.
        jobs.await(launches.reportsAsSystem("SCHEDULE"), Duration.ofHours(6));
    }
}
