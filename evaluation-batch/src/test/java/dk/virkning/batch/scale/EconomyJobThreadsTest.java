package dk.virkning.batch.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dk.virkning.batch.evaluation.EvaluationJobConfiguration;
import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobLaunches;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The economy job values its projects in partitions, one thread each; each project's Monte Carlo
 * has its own seeded generator, so the estimates must not depend on how many threads ran.
 */
class EconomyJobThreadsTest {

    @Test
    void valuesEveryProjectAlikeOnOneThreadAndOnTwo() throws Exception {
        try (ScaleDatabase database = ScaleDatabase.temporary()) {
            List<Map<String, Object>> oneThread;
            try (ConfigurableApplicationContext context = database.startBatchContext("economy-1",
                    "--virkning.economy.threads=1", "--virkning.economy.chunk-size=10")) {
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                    NationalScaleDataset.write(connection, new NationalScaleDataset.Size(5, 40, 40 * 30, 5));
                }
                BatchJobs jobs = context.getBean(BatchJobs.class);
                assertThat(jobs.await(jobs.start(EvaluationJobConfiguration.JOB_NAME, Map.of(
                        EvaluationJobConfiguration.PROJECTS_PARAMETER, EvaluationJobConfiguration.ALL_PROJECTS)),
                        Duration.ofMinutes(2)).completed()).isTrue();
                oneThread = economy(context);
            }
            try (ConfigurableApplicationContext context = database.startBatchContext("economy-2",
                    "--virkning.economy.threads=2", "--virkning.economy.chunk-size=10")) {
                List<Map<String, Object>> twoThreads = economy(context);

                assertThat(twoThreads).hasSizeGreaterThan(30).isEqualTo(oneThread);
                assertThat(twoThreads).anySatisfy(row -> assertThat(row.get("status")).isEqualTo("VALUED"));
            }
        }
    }

    private static List<Map<String, Object>> economy(ConfigurableApplicationContext context) {
        BatchJobs jobs = context.getBean(BatchJobs.class);
        long id = context.getBean(JobLaunches.class).economyAsSystem(null, "COMMAND_LINE");
        assertThat(jobs.await(id, Duration.ofMinutes(2)).completed()).isTrue();
        return context.getBean(JdbcTemplate.class).queryForList("""
                select project_id, status, route, participants, wellbys, social_value_dkk, point_estimate::text,
                       monte_carlo::text, sensitivity::text, effects::text, seed, draws
                  from economy_estimate where job_execution_id = ? order by project_id""", id);
    }
}
