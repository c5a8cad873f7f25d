package dk.virkning.batch.launch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates every project, values the effects and renders every report, each night. Each job
 * waits for the one before, whose results it reads.
 * Configure with {@code virkning.jobs.schedule.cron} (Spring cron, default 02:30) and switch off
 * with {@code virkning.jobs.schedule.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "virkning.jobs.schedule.enabled", havingValue = "true", matchIfMissing = true)
class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final JobLaunches launches;
    private final BatchJobs jobs;

    NightlySchedule(JobLaunches launches, BatchJobs jobs) {
        this.launches = launches;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${virkning.jobs.schedule.cron:0 30 2 * * *}")
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
