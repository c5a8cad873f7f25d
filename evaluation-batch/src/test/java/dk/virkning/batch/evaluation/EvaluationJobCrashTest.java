package dk.virkning.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.scale.NationalScaleDataset;
import dk.virkning.batch.scale.ScaleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process running evaluationJob is killed with SIGKILL between commits, as a power cut or the
 * OOM killer would; the execution it leaves behind is restarted from another process. The
 * database, the dying process and the restarting one are separate, as in production: an
 * embedded PostgreSQL owned by this test, a child JVM running the batch application, and a
 * Spring context in this JVM.
 */
class EvaluationJobCrashTest {

    private static final int PROJECTS = 240;
    private static final int COMMIT_INTERVAL = 3;
    private static final String CHILD = "evaluation-child";

    private static ScaleDatabase database;
    private static ConfigurableApplicationContext context;
    private static JdbcTemplate jdbc;
    private static BatchJobs jobs;

    @TempDir
    Path work;

    @BeforeAll
    static void startDatabaseAndRegisterProjects() throws Exception {
        database = ScaleDatabase.temporary();
        context = database.startBatchContext("crash-test",
                "--virkning.jobs.evaluation.commit-interval=" + COMMIT_INTERVAL);
        jdbc = context.getBean(JdbcTemplate.class);
        jobs = context.getBean(BatchJobs.class);
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            NationalScaleDataset.write(connection, new NationalScaleDataset.Size(12, PROJECTS, PROJECTS * 25, 42));
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
    void aRunKilledBetweenCommitsRestartsAfterItsLastCommitAndEndsLikeAnUninterruptedRun() throws Exception {
        long total = count("select count(*) from project where status <> 'ARCHIVED'");
        assertThat(total).isEqualTo(PROJECTS);
        slowDownEachProjectsWrite();

        Path log = work.resolve("child.log");
        Process child = startChild(log);
        long killed = awaitValue(child, log, () -> count("select coalesce(max(job_execution_id), 0) from batch_job_execution"), 1);
        awaitValue(child, log, () -> runs(killed), total / 4);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
        awaitSessionsClosed();
        jdbc.execute("drop trigger slow_evaluation_run on evaluation_run");

        // What a dead process leaves: the execution still "running", and only whole chunks written.
        assertThat(status(killed)).isEqualTo("STARTED");
        long committedBeforeKill = runs(killed);
        assertThat(committedBeforeKill).isBetween(total / 4, total - 1);
        assertThat(partitionSum("write_count", killed)).as("checkpoints commit with the results they count")
                .isEqualTo(committedBeforeKill);

        long restarted = jobs.restart(killed);
        JobProgress end = jobs.await(restarted, Duration.ofMinutes(2));

        assertThat(end.status()).isEqualTo("COMPLETED");
        assertThat(end.itemsDone()).as("progress counts the projects done before the crash").isEqualTo(total);
        assertThat(end.itemsTotal()).isEqualTo(total);
        assertThat(end.percent()).isEqualTo(100);
        assertThat(status(killed)).isEqualTo("FAILED");
        assertThat(partitionSum("read_count", restarted)).as("projects the restart evaluated")
                .isEqualTo(total - committedBeforeKill);
        assertThat(runs(killed)).as("projects committed before the kill, not evaluated again")
                .isEqualTo(committedBeforeKill);
        assertThat(runs(restarted)).isEqualTo(total - committedBeforeKill);
        List<Map<String, Object>> afterRestart = results();
        assertNoDuplicateResults();

        long fresh = jobs.start(EvaluationJobConfiguration.JOB_NAME,
                Map.of(EvaluationJobConfiguration.PROJECTS_PARAMETER, EvaluationJobConfiguration.ALL_PROJECTS));
        assertThat(jobs.await(fresh, Duration.ofMinutes(2)).status()).isEqualTo("COMPLETED");
        assertThat(runs(fresh)).isEqualTo(total);
        List<Map<String, Object>> uninterrupted = results();
        assertNoDuplicateResults();

        assertThat(afterRestart).hasSizeGreaterThan(PROJECTS * 20).hasSameSizeAs(uninterrupted);
        assertThat(afterRestart).isEqualTo(uninterrupted);
    }

    /** Each project's write waits 40 ms in the database, so that the kill lands halfway through the run. */
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

    private static Process startChild(Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                EvaluationJobProcess.class.getName()));
        command.addAll(database.springArguments(CHILD,
                "--virkning.jobs.evaluation.commit-interval=" + COMMIT_INTERVAL,
                "--virkning.jobs.evaluation.threads=2"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls until {@code value} reaches {@code atLeast}; fails with the child's log if it ends or takes too long. */
    private static long awaitValue(Process child, Path log, LongSupplier value, long atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            long current = value.getAsLong();
            if (current >= atLeast) {
                return current;
            }
            if (!child.isAlive()) {
                fail("the child ended (exit " + child.exitValue() + ") before the kill:\n" + tail(log));
            }
            Thread.sleep(10);
        }
        child.destroyForcibly();
        return fail("timed out waiting for the child:\n" + tail(log));
    }

    /** The server notices the dead client's closed sockets and rolls back its open transaction. */
    private static void awaitSessionsClosed() throws InterruptedException {
        for (int i = 0; i < 1000 && count("select count(*) from pg_stat_activity where application_name = '"
                + CHILD + "'") > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(count("select count(*) from pg_stat_activity where application_name = '" + CHILD + "'")).isZero();
    }

    private static String status(long execution) {
        return jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?", String.class,
                execution);
    }

    /** Projects whose results an execution committed. */
    private static long runs(long execution) {
        return count("select count(*) from evaluation_run where job_execution_id = " + execution);
    }

    /** A counter summed over an execution's partition steps (not the manager step). */
    private static long partitionSum(String counter, long execution) {
        return count("select coalesce(sum(" + counter + "), 0) from batch_step_execution where job_execution_id = "
                + execution + " and step_name like 'evaluateProjectPartition:%'");
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

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
