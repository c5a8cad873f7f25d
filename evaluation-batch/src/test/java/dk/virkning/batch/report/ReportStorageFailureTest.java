package dk.virkning.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.batch.report.job.ReportJobConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "A full disk for the report directory": reports have no directory, they are rows of the {@code report}
 * table, so the honest equivalent is the database refusing the write as a full disk makes it refuse:
 * SQLSTATE 53100 {@code disk_full}, raised here by a trigger on the second project's report. The job
 * must end FAILED, keep every earlier rendering as it was (no half-written report, none deleted), and a
 * run after the "disk" has room again must complete.
 */
@SpringBootTest
class ReportStorageFailureTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BatchJobs jobs;

    ReportFixture fixture;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        fixture = new ReportFixture(jdbc, jobs);
        long ngo = fixture.organisation("Ældre Sagen Lokal", "NGO");
        first = fixture.project(ngo, "Besøgsvenner", "PRE_POST", List.of("WHO5"), 40, 0.4, 21,
                ReportFixture.waves("baseline", 0, "post", 120));
        second = fixture.project(ngo, "Gåture", "PRE_POST", List.of("WHO5"), 40, 0.3, 22,
                ReportFixture.waves("baseline", 0, "post", 120));
        fixture.evaluate(first, second);
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute("drop trigger if exists report_disk_full on report");
    }

    @Test
    void aReportWriteRefusedForLackOfSpaceFailsTheJobAndKeepsThePreviousRenderings() {
        Map<String, String> both = Map.of("projects", first + "," + second, "languages", "da");
        assertThat(run(both).status()).isEqualTo("COMPLETED");
        List<Map<String, Object>> before = stored();
        assertThat(before).hasSize(2);

        jdbc.execute("""
                create or replace function report_disk_full() returns trigger language plpgsql as $$
                begin
                    if new.target_id = %d then
                        raise exception 'could not extend file: No space left on device' using errcode = 'disk_full';
                    end if;
                    return new;
                end $$""".formatted(second));
        jdbc.execute("""
                create trigger report_disk_full before insert or update on report
                   for each row execute function report_disk_full()""");

        JobProgress failed = run(both);
        assertThat(failed.status()).as("what GET /jobs/{id} shows").isEqualTo("FAILED");
        assertThat(failed.exitCode()).isEqualTo("FAILED");
        String description = jdbc.queryForObject(
                "select exit_message from batch_job_execution where job_execution_id = ?", String.class, failed.id());
        String steps = String.join("\n", jdbc.queryForList(
                "select exit_message from batch_step_execution where job_execution_id = ?", String.class, failed.id()));
        assertThat(description + "\n" + steps).as("the execution records why it failed")
                .contains("No space left on device");
        List<Map<String, Object>> after = stored();
        assertThat(after).filteredOn(r -> r.get("target_id").equals(second))
                .as("the refused report keeps its earlier rendering, whole")
                .isEqualTo(before.stream().filter(r -> r.get("target_id").equals(second)).toList());
        assertThat(jdbc.queryForObject("""
                select count(*) from report where encode(sha256(bytes), 'hex') <> sha256
                    or substring(bytes from 1 for 5) <> '%PDF-'::bytea""", Long.class))
                .as("no half-stored report").isZero();
        assertThat(after).hasSize(2);

        jdbc.execute("drop trigger report_disk_full on report");
        JobProgress again = run(both);
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select count(*) from report where job_execution_id = ?", Long.class,
                again.id())).isEqualTo(2);
    }

    private List<Map<String, Object>> stored() {
        return jdbc.queryForList("""
                select target_id, language, audience, sha256, job_execution_id, length(bytes) as size from report
                 where kind = 'PROJECT' and target_id in (?, ?) and audience = 'STAFF' order by target_id""",
                first, second);
    }

    private JobProgress run(Map<String, String> parameters) {
        return jobs.await(jobs.start(ReportJobConfiguration.JOB_NAME, parameters), Duration.ofMinutes(5));
    }
}
