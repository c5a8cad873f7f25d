package dk.virkning.batch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.BatchJobs;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.stats.cli.StatsCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class EvaluationJobTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BatchJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    EvaluationFixture fixture;

    @BeforeEach
    void insertProject() {
        fixture = new EvaluationFixture(jdbc, "Besøgsvenner " + System.nanoTime(), 7, 40);
    }

    @Test
    void withinGroupResultEqualsTheStatsCommandLineOnTheSamePairs() {
        assertThat(evaluate().status()).isEqualTo("COMPLETED");

        JsonNode stored = result("WHO5", "ALL", "ALL", "WITHIN");
        JsonNode cli = cli("paired", fixture.pairedCsv());
        assertThat(cli.propertyNames()).contains("d_z_ci", "wilcoxon_p");
        for (String field : cli.propertyNames()) {
            if (!field.startsWith("cases_") && !field.startsWith("mcnemar")) {
                assertThat(stored.get(field)).as(field).isEqualTo(cli.get(field));
            }
        }
        assertThat(stored.get("n").asInt()).isGreaterThan(25);
    }

    @Test
    void withinResultCarriesTheReliableChangeOfTheCommandLineAndAlphaOfTheBaselineItems() {
        evaluate();
        JsonNode stored = result("WHO5", "ALL", "ALL", "WITHIN");
        JsonNode cli = cli("paired", fixture.pairedCsv(), "--reliability", "0.85");

        assertThat(stored.get("rci_reliability").asDouble()).isEqualTo(0.85);
        assertThat(stored.get("rci_reliability_kind").asString()).isEqualTo("INTERNAL_CONSISTENCY");
        assertThat(stored.get("rci_threshold")).isEqualTo(cli.get("rci_threshold"));
        assertThat(stored.get("rci_s_diff")).isEqualTo(cli.get("rci_s_diff"));
        // WHO-5: higher is better, so a reliable increase is a reliable improvement
        assertThat(stored.get("rci_improved").asInt()).isEqualTo(cli.get("rci_increased").asInt());
        assertThat(stored.get("rci_deteriorated").asInt()).isEqualTo(cli.get("rci_decreased").asInt());
        assertThat(stored.get("rci_improved").asInt() + stored.get("rci_unchanged").asInt()
                + stored.get("rci_deteriorated").asInt()).isEqualTo(stored.get("n").asInt());

        // α over every participant's baseline answers (all 40 answered WHO-5 at baseline)
        double[][] items = fixture.baselineItems.get("WHO5").stream()
                .map(row -> java.util.Arrays.stream(row).asDoubleStream().toArray()).toArray(double[][]::new);
        assertThat(stored.get("cronbach_alpha_n").asInt()).isEqualTo(40);
        assertThat(stored.get("cronbach_alpha").asDouble())
                .isEqualTo(dk.virkning.stats.reliability.CronbachAlpha.of(items).alpha());
        // T-ILS falls when loneliness improves: its reliable improvements are the decreases
        JsonNode tils = result("TILS", "ALL", "ALL", "WITHIN");
        assertThat(tils.get("rci_reliability").asDouble()).isEqualTo(0.72);
        assertThat(tils.get("cronbach_alpha_n").asInt()).isEqualTo(40);
    }

    @Test
    void betweenGroupResultEqualsTheStatsCommandLine() {
        evaluate();
        JsonNode stored = result("WHO5", "ALL", "ALL", "BETWEEN");
        // WHO-5's case is a score at or below 50
        JsonNode cli = cli("controlled", fixture.controlledCsv(), "--cutoff", "50", "--case", "at-most");
        assertThat(cli.get("caseness_ancova_diff").isNumber()).isTrue();
        for (String field : cli.propertyNames()) {
            assertThat(stored.get(field)).as(field).isEqualTo(cli.get(field));
        }
    }

    @Test
    void withAFollowUpTheMixedModelOverAllWavesEqualsTheStatsCommandLine() {
        long followUp = fixture.addFollowUp(jdbc, 8);
        assertThat(evaluate().status()).isEqualTo("COMPLETED");

        JsonNode stored = result("WHO5", "ALL", "ALL", "WAVES");
        JsonNode cli = cli("waves", fixture.wavesCsv());
        assertThat(cli.get("retention").get("to_wave").asString()).isEqualTo("followup");
        assertThat(cli.get("waves").size()).isEqualTo(2);
        for (String field : cli.propertyNames()) {
            assertThat(stored.get(field)).as(field).isEqualTo(cli.get(field));
        }
        assertThat(jdbc.queryForObject("""
                select later_wave_id from evaluation_result
                 where project_id = ? and instrument = 'WHO5' and analysis = 'WAVES'""", Long.class, fixture.project))
                .isEqualTo(followUp);
        // One row per instrument measured at three waves, for all participants only; T-ILS was not at follow-up.
        assertThat(wavesRows()).isEqualTo(1);
    }

    @Test
    void withTwoWavesThereIsNoMixedModel() {
        evaluate();
        assertThat(wavesRows()).isZero();
    }

    private long wavesRows() {
        return jdbc.queryForObject("select count(*) from evaluation_result where project_id = ? and analysis = 'WAVES'",
                Long.class, fixture.project);
    }

    @Test
    void who5CasenessCountsScoresAtOrBelowFifty() {
        evaluate();
        long casesPre = fixture.scores.stream()
                .filter(s -> s.who5Pre() != null && s.who5Post() != null && s.who5Pre() <= 50).count();
        long casesPost = fixture.scores.stream()
                .filter(s -> s.who5Pre() != null && s.who5Post() != null && s.who5Post() <= 50).count();
        JsonNode stored = result("WHO5", "ALL", "ALL", "WITHIN");
        assertThat(stored.get("cases_pre").asLong()).isEqualTo(casesPre);
        assertThat(stored.get("cases_post").asLong()).isEqualTo(casesPost);
        assertThat(stored.get("mic").asDouble()).isEqualTo(10.0);
    }

    @Test
    void breaksResultsDownByArmGenderAgeBandAndChannel() {
        evaluate();
        List<String> types = jdbc.queryForList("""
                select distinct subgroup_type from evaluation_result where project_id = ? order by 1""",
                String.class, fixture.project);
        assertThat(types).containsExactly("AGE_BAND", "ALL", "ARM", "GENDER", "RECRUITMENT_CHANNEL");
        Integer interventionN = jdbc.queryForObject("""
                select n from evaluation_result where project_id = ? and instrument = 'WHO5' and analysis = 'WITHIN'
                   and subgroup_type = 'ARM' and subgroup_value = 'INTERVENTION'""", Integer.class, fixture.project);
        long expected = fixture.scores.stream().filter(s -> s.arm().equals("INTERVENTION")
                && s.who5Pre() != null && s.who5Post() != null).count();
        assertThat(interventionN).isEqualTo((int) expected);
        Long flaggedWrongly = jdbc.queryForObject("""
                select count(*) from evaluation_result where project_id = ?
                   and (caution <> (n < 10) or suppressed <> (n < 5))""", Long.class, fixture.project);
        assertThat(flaggedWrongly).isZero();
    }

    @Test
    void runningAgainReplacesTheResultsWithoutDuplicates() {
        evaluate();
        List<Map<String, Object>> first = rows();
        JobProgress second = evaluate();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(rows()).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(20);
    }

    @Test
    void aSubgroupThatNoLongerExistsLosesItsCells() {
        evaluate();
        long flyerCells = channelCells("FLYER");
        long allCells = resultCount();
        assertThat(flyerCells).isPositive();
        jdbc.update("update participant set recruitment_channel = 'MUNICIPAL_REFERRAL' where project_id = ?",
                fixture.project);

        assertThat(evaluate().status()).isEqualTo("COMPLETED");

        assertThat(channelCells("FLYER")).isZero();
        assertThat(resultCount()).isEqualTo(allCells - flyerCells);
        assertThat(jdbc.queryForObject("select count(distinct job_execution_id) from evaluation_result"
                + " where project_id = ?", Long.class, fixture.project)).isEqualTo(1);
    }

    @Test
    void reportsProgressAsProjectsDoneOfTotal() {
        JobProgress progress = evaluate();
        assertThat(progress.itemsTotal()).isEqualTo(1L);
        assertThat(progress.itemsDone()).isEqualTo(1L);
        assertThat(progress.percent()).isEqualTo(100);
    }

    private JobProgress evaluate() {
        long id = jobs.start(EvaluationJobConfiguration.JOB_NAME,
                Map.of(EvaluationJobConfiguration.PROJECTS_PARAMETER, String.valueOf(fixture.project)));
        return jobs.await(id, Duration.ofMinutes(2));
    }

    private long channelCells(String channel) {
        return jdbc.queryForObject("""
                select count(*) from evaluation_result
                 where project_id = ? and subgroup_type = 'RECRUITMENT_CHANNEL' and subgroup_value = ?""",
                Long.class, fixture.project, channel);
    }

    private long resultCount() {
        return jdbc.queryForObject("select count(*) from evaluation_result where project_id = ?", Long.class,
                fixture.project);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                select instrument, subgroup_type, subgroup_value, analysis, n, caution, suppressed, statistics::text
                  from evaluation_result where project_id = ?
                 order by instrument, subgroup_type, subgroup_value, analysis""", fixture.project);
    }

    private JsonNode result(String instrument, String type, String value, String analysis) {
        String json = jdbc.queryForObject("""
                select statistics::text from evaluation_result
                 where project_id = ? and instrument = ? and subgroup_type = ? and subgroup_value = ? and analysis = ?""",
                String.class, fixture.project, instrument, type, value, analysis);
        return JSON.readTree(json);
    }

    private static JsonNode cli(String command, String csv, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(command, "--input", "-"),
                java.util.Arrays.stream(options)).toArray(String[]::new);
        int exit = StatsCli.run(args,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }
}
