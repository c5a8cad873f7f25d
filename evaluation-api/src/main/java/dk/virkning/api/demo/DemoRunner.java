package dk.virkning.api.demo;

import java.util.List;

import java.time.Duration;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobLaunches;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.core.user.CallerResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code --demo}: seeds the demo data once, and tells how to log in every time. */
@Component
@Profile("demo")
@Order(10)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoData demo;
    private final CallerResolver callers;
    private final JobLaunches launches;
    private final BatchJobs jobs;

    DemoRunner(DemoData demo, CallerResolver callers, JobLaunches launches, BatchJobs jobs) {
        this.demo = demo;
        this.callers = callers;
        this.launches = launches;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (callers.resolve(DemoData.ADMIN_TOKEN).isPresent()) {
            log.info("Demo data is already in place.");
        } else {
            List<Long> projects = demo.seed();
            log.info("Demo data seeded: {} projects with synthetic participants. Evaluating them...", projects.size());
            long[] ids = projects.stream().mapToLong(Long::longValue).toArray();
            JobProgress evaluation = jobs.await(launches.evaluateAsSystem(ids, "DEMO"), Duration.ofMinutes(10));
            JobProgress economy = jobs.await(launches.economyAsSystem(null, "DEMO"), Duration.ofMinutes(10));
            JobProgress reports = jobs.await(launches.reportsAsSystem("DEMO"), Duration.ofMinutes(10));
            log.info("Demo evaluation {}, economy {} and reports {}: see /api/v1/projects/{id}/results, /economy and"
                    + " /report.pdf.", evaluation.status(), economy.status(), reports.status());
        }
        log.info("Demo logins (send 'Authorization: Bearer <token>'):");
        DemoData.logins().forEach(login -> log.info("  {}: {}", login.who(), login.token()));
    }
}
