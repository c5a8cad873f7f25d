package dk.virkning.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.scale.NationalScaleDataset;
import dk.virkning.batch.scale.ScaleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL server goes away in the middle of an evaluation job (stopped with
 * {@code pg_ctl stop -m immediate}: every backend quits at once, no checkpoint, crash recovery at the
 * next start, as after a crash of the server alone) and comes back a few seconds later, while the
 * application keeps running. The job must end FAILED rather than hang or claim success, and a restart
 * of that execution must end with exactly the results of an uninterrupted run.
 */
class DatabaseRestartDuringJobTest {

    private static final int PROJECTS = 120;
    private static final int COMMIT_INTERVAL = 3;

    private static ScaleDatabase database;
    private static ConfigurableApplicationContext context;
    private static JdbcTemplate jdbc;
    private static BatchJobs jobs;

    @BeforeAll
    static void startDatabaseAndRegisterProjects() throws Exception {
        database = ScaleDatabase.temporary();
        // A short connection timeout, so that the job's failure is recorded soon after the server is back.
        context = database.startBatchContext("restart-test",
                "--virkning.jobs.evaluation.commit-interval=" + COMMIT_INTERVAL,
                "--spring.datasource.hikari.connection-timeout=20000");
        jdbc = context.getBean(JdbcTemplate.class);
        jobs = context.getBean(BatchJobs.class);
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            NationalScaleDataset.write(connection, new NationalScaleDataset.Size(8, PROJECTS, PROJECTS * 25, 7));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aJobWhoseDatabaseRestartsFailsAndItsRestartEndsLikeAnUninterruptedRun() throws Exception {
        slowDownEachProjectsWrite();
        Postmaster server = Postmaster.of(database.serverPid());

        long interrupted = jobs.start(EvaluationJobConfiguration.JOB_NAME,
                Map.of(EvaluationJobConfiguration.PROJECTS_PARAMETER, EvaluationJobConfiguration.ALL_PROJECTS));
        awaitRuns(interrupted, PROJECTS / 4);
        server.stopImmediately();
        Thread.sleep(2_000);
        server.start();

        JobProgress failed = jobs.await(interrupted, Duration.ofMinutes(2));
        // UNKNOWN: Spring Batch's status for a step that failed and whose rollback failed as well, so that
        // it could not record whether its last chunk was committed (docs/api.md, jobs).
        assertThat(failed.status()).as("what GET /jobs/{id} shows after the outage").isIn("FAILED", "UNKNOWN");
        assertThat(failed.exitCode()).isIn("FAILED", "UNKNOWN");
        assertThat(failed.endTime()).isNotNull();
        // The server is durable (ScaleDatabase): what was committed before the stop is still there. How
        // much that is depends on timing: none of the projects, or all but the one slowed down.
        long committed = runs(interrupted);
        assertThat(committed).as("projects committed before the outage").isBetween(0L, (long) PROJECTS - 1);
        jdbc.execute("drop trigger slow_evaluation_run on evaluation_run");

        long restarted = jobs.restart(interrupted);
        JobProgress end = jobs.await(restarted, Duration.ofMinutes(2));
        assertThat(end.status()).isEqualTo("COMPLETED");
        assertThat(end.itemsDone()).isEqualTo(PROJECTS);
        assertThat(runs(interrupted) + runs(restarted)).isEqualTo(PROJECTS);
        List<Map<String, Object>> afterRestart = results();
        assertNoDuplicateResults();

        long fresh = jobs.start(EvaluationJobConfiguration.JOB_NAME,
                Map.of(EvaluationJobConfiguration.PROJECTS_PARAMETER, EvaluationJobConfiguration.ALL_PROJECTS));
        assertThat(jobs.await(fresh, Duration.ofMinutes(2)).status()).isEqualTo("COMPLETED");
        assertThat(runs(fresh)).isEqualTo(PROJECTS);
        List<Map<String, Object>> uninterrupted = results();

        assertThat(afterRestart).hasSizeGreaterThan(PROJECTS * 10).isEqualTo(uninterrupted);
    }

    /**
     * The embedded server's postmaster, stopped and started again with the pg_ctl next to its binary and
     * the options it was started with (read from its command line).
     */
    private record Postmaster(Path pgCtl, String dataDirectory, String options, int port) {

        static Postmaster of(long pid) throws IOException {
            String[] args = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
            int d = rest.indexOf("-D");
            String directory = rest.get(d + 1);
            rest.subList(d, d + 2).clear();
            int port = Integer.parseInt(rest.get(rest.indexOf("-p") + 1));
            return new Postmaster(Path.of(args[0]).resolveSibling("pg_ctl"), directory, String.join(" ", rest), port);
        }

        void stopImmediately() throws Exception {
            run(pgCtl.toString(), "-D", dataDirectory, "-m", "immediate", "-w", "stop");
        }

        void start() throws Exception {
            run(pgCtl.toString(), "-D", dataDirectory, "-o", options, "-w", "-t", "60", "start");
            Instant deadline = Instant.now().plusSeconds(60);
            while (true) {
                try (Connection ignored = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")) {
                    return;
                } catch (java.sql.SQLException notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw notYet;
                    }
                    Thread.sleep(100);
                }
            }
        }

        private static void run(String... pgCtl) throws Exception {
            // As the embedded library does: PostgreSQL refuses to run as root, so as root it runs in a user
            // namespace of its own, where it is not root.
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl));
            // pg_ctl start leaves the server running; its output goes nowhere so that no pipe keeps this test waiting.
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        }
    }

    private static void slowDownEachProjectsWrite() {
        jdbc.execute("""
                create or replace function slow_evaluation_run() returns trigger language plpgsql as $$
                begin
                    perform pg_sleep(0.04);
                    return new;
                end $$""");
        jdbc.execute("""
                create trigger slow_evaluation_run before insert or update on evaluation_run
                   for each row execute function slow_evaluation_run()""");
    }

    private static void awaitRuns(long execution, long atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (runs(execution) < atLeast) {
            assertThat(Instant.now()).as("the job reaching %d projects", atLeast).isBefore(deadline);
            assertThat(jobs.progress(execution).status()).isIn("STARTING", "STARTED");
            Thread.sleep(10);
        }
    }

    private static long runs(long execution) {
        return count("select count(*) from evaluation_run where job_execution_id = " + execution);
    }

    private static List<Map<String, Object>> results() {
        return new StoredResults(jdbc).rows();
    }

    private static void assertNoDuplicateResults() {
        new StoredResults(jdbc).assertNoDuplicates(PROJECTS);
    }

    private static long count(String sql) {
        return new StoredResults(jdbc).count(sql);
    }
}
