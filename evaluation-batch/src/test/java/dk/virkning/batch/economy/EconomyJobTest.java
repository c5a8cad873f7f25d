package dk.virkning.batch.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dk.virkning.stats.design.Design;
import dk.virkning.stats.economy.AdjustedDifference;
import dk.virkning.stats.economy.CasenessChange;
import dk.virkning.stats.economy.CasenessEstimate;
import dk.virkning.stats.economy.ChangeEstimate;
import dk.virkning.stats.economy.EconomyEstimate;
import dk.virkning.stats.economy.EconomyModel;
import dk.virkning.stats.economy.GroupChange;
import dk.virkning.stats.economy.MonteCarloSettings;
import dk.virkning.stats.economy.ProjectEvidence;
import dk.virkning.stats.economy.ValuationSet;
import dk.virkning.stats.economy.ValuationSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "virkning.economy.chunk-size=1")
class EconomyJobTest {

    private static final AtomicLong RUN = new AtomicLong();
    private static final ValuationSet DK_2026 = ValuationSets.bundled().get("DK-2026.1");

    @Autowired
    private JobOperator jobOperator;

    @Autowired
    private dk.virkning.batch.launch.BatchJobs jobs;

    @Autowired
    private org.springframework.batch.core.repository.JobRepository jobRepository;

    @Autowired
    @Qualifier(EconomyJobConfiguration.ECONOMY_JOB)
    private Job economyJob;

    @Autowired
    private JdbcTemplate jdbc;

    private EconomyTestData data;
    private long organisation;

    @BeforeEach
    void setUp() {
        data = new EconomyTestData(jdbc);
        organisation = data.organisation();
    }

    @Test
    void storesTheModelsFiguresForTheWorkedExample() throws Exception {
        long project = data.workedExampleProject(organisation);

        JobExecution execution = run(Map.of());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        EconomyEstimate expected = EconomyModel.estimate(workedExampleEvidence(), DK_2026, MonteCarloSettings.DEFAULT);
        Map<String, Object> row = estimateRow(project);
        assertThat(row).containsEntry("valuation_set_id", "DK").containsEntry("valuation_set_version", "2026.1")
                .containsEntry("status", "VALUED").containsEntry("route", "LIFE_SATISFACTION")
                .containsEntry("design", "PRE_POST").containsEntry("counterfactual", "DEADWEIGHT")
                .containsEntry("participants", 40).containsEntry("participants_aged_16_64", 30)
                .containsEntry("wellbys", expected.point().wellbys())
                .containsEntry("wellbeing_value_dkk", expected.point().wellbeingValueDkk())
                .containsEntry("budget_total_dkk", expected.point().budgetTotalDkk())
                .containsEntry("social_value_dkk", expected.point().socialValueDkk())
                .containsEntry("total_value_dkk", null)
                .containsEntry("cost_per_wellby_dkk", expected.point().costPerWellbyDkk())
                .containsEntry("social_return_ratio", expected.point().socialReturnRatio())
                .containsEntry("seed", MonteCarloSettings.DEFAULT_SEED)
                .containsEntry("draws", 10_000)
                .containsEntry("job_execution_id", execution.getId());
        // the hand-computed figures of the worked example
        assertThat((Double) row.get("wellbys")).isCloseTo(14, offset(1e-9));
        assertThat((Double) row.get("social_value_dkk")).isCloseTo(1_824_923.0944, offset(1e-6));
        assertThat(jsonEquals(project, "complete_case", EconomyEstimateJson.outputs(expected.completeCase()))).isTrue();
        assertThat(jsonEquals(project, "point_estimate", EconomyEstimateJson.outputs(expected.point()))).isTrue();
        assertThat(jsonEquals(project, "monte_carlo", EconomyEstimateJson.monteCarlo(expected.monteCarlo()))).isTrue();
        assertThat(jdbc.queryForObject("select jsonb_array_length(sensitivity) from economy_estimate where project_id = ?",
                Integer.class, project)).isEqualTo(expected.sensitivity().size());
        assertThat(jdbc.queryForObject("select sensitivity -> 0 ->> 'input' from economy_estimate where project_id = ?",
                String.class, project)).isEqualTo(expected.sensitivity().get(0).input());
        assertThat(jdbc.queryForList("""
                select a ->> 'id' from economy_estimate, jsonb_array_elements(assumptions) a
                 where project_id = ? and a ->> 'label' = 'ASSUMPTION'""", String.class, project))
                .containsExactly("dkk_per_gbp", "cpi_ratio", "duration_years", "drop_off", "deadweight",
                        "health_cost_price_ratio", "health_cost_other_ages_factor", "transfer_cost_dkk");
        assertThat(jdbc.queryForObject("select effects -> 'wellbeing' ->> 'estimate' from economy_estimate"
                + " where project_id = ?", String.class, project)).isEqualTo("0.8");
    }

    @Test
    void aControlledProjectIsValuedNetOfTheControlArmForTheInterventionArm() throws Exception {
        long project = data.controlledLonelinessProject(organisation);

        run(Map.of());

        EconomyEstimate expected = EconomyModel.estimate(new ProjectEvidence(Design.RCT, 30, 30, 150_000.0, null,
                new CasenessEstimate("TILS", new CasenessChange(30, 9, 3), new CasenessChange(30, 4, 1),
                        new AdjustedDifference(-0.12, 0.09), false, false),
                null), DK_2026, MonteCarloSettings.DEFAULT);
        assertThat(estimateRow(project)).containsEntry("route", "LONELINESS_CASENESS")
                .containsEntry("counterfactual", "CONTROL_GROUP").containsEntry("participants", 30)
                .containsEntry("wellbys", expected.point().wellbys())
                .containsEntry("budget_total_dkk", expected.point().budgetTotalDkk());
        // the ANCOVA's −0.12, not the raw difference 0.2 − 0.1: 0.12 × 30 completers = 3.6 WELLBYs
        assertThat(expected.point().wellbys()).isCloseTo(3.6, offset(1e-9));
        assertThat(jsonEquals(project, "monte_carlo", EconomyEstimateJson.monteCarlo(expected.monteCarlo()))).isTrue();
    }

    @Test
    void aWho5OnlyProjectIsStoredAsNotValuedWithTheReasonAndNoFigures() throws Exception {
        long project = data.who5OnlyProject(organisation);

        run(Map.of());

        Map<String, Object> row = estimateRow(project);
        assertThat(row).containsEntry("status", "NOT_VALUED").containsEntry("route", "NONE")
                .containsEntry("not_valued_reason", "only WHO-5 is measured, and valuation set DK-2026.1 holds no"
                        + " documented WHO-5 to life-satisfaction mapping");
        assertThat(row.get("wellbys")).isNull();
        assertThat(row.get("total_value_dkk")).isNull();
        assertThat(row.get("monte_carlo")).isNull();
        assertThat(row.get("seed")).isNull();
    }

    @Test
    void progressCountsTheProjectsWithEvaluationResults() throws Exception {
        data.workedExampleProject(organisation);
        data.unevaluatedProject(organisation);
        long withResults = count("""
                select count(*) from project p
                 where exists (select 1 from evaluation_result r where r.project_id = p.id)""");

        JobExecution execution = run(Map.of());

        dk.virkning.batch.launch.JobProgress progress = jobs.progress(execution.getId());
        assertThat(progress.itemsTotal()).isEqualTo(withResults);
        assertThat(progress.itemsDone()).isEqualTo(withResults);
        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    void projectsWithoutEvaluationResultsAreNotValued() throws Exception {
        long project = data.unevaluatedProject(organisation);

        run(Map.of());

        assertThat(count("select count(*) from economy_estimate where project_id = ?", project)).isZero();
    }

    @Test
    void runningTwiceReplacesTheEstimatesWithoutDuplicates() throws Exception {
        long project = data.workedExampleProject(organisation);
        long other = data.who5OnlyProject(organisation);

        JobExecution first = run(Map.of());
        List<Map<String, Object>> before = figures(project, other);
        JobExecution second = run(Map.of());
        List<Map<String, Object>> after = figures(project, other);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("select count(*) from economy_estimate where project_id in (?, ?)", project, other))
                .isEqualTo(2);
        assertThat(after).isEqualTo(before);
        assertThat(estimateRow(project)).containsEntry("job_execution_id", second.getId());
        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(count("select count(*) from valuation_set where id = 'DK' and version = '2026.1'")).isEqualTo(1);
    }

    @Test
    void theSeedDrawsAndSetAreJobParameters() throws Exception {
        long project = data.workedExampleProject(organisation);

        run(Map.of(EconomyJobParameters.VALUATION_SET, "DK-2026.1", EconomyJobParameters.SEED, "7",
                EconomyJobParameters.DRAWS, "20000"));

        EconomyEstimate expected = EconomyModel.estimate(workedExampleEvidence(), DK_2026,
                new MonteCarloSettings(7L, 20_000));
        assertThat(estimateRow(project)).containsEntry("seed", 7L).containsEntry("draws", 20_000);
        assertThat(jsonEquals(project, "monte_carlo", EconomyEstimateJson.monteCarlo(expected.monteCarlo()))).isTrue();
    }

    @Test
    void refusesAnUnknownValuationSetBeforeWritingAnything() {
        long project = data.workedExampleProject(organisation);
        long estimatesBefore = count("select count(*) from economy_estimate");

        assertThatThrownBy(() -> run(Map.of(EconomyJobParameters.VALUATION_SET, "DK-1999.1")))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("valuationSet: Unknown valuation set 'DK-1999.1' (known: DK-2026.1)");
        assertThatThrownBy(() -> run(Map.of(EconomyJobParameters.DRAWS, "500")))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("draws: must be between 10000 and 10000000, got 500");
        assertThat(count("select count(*) from economy_estimate")).isEqualTo(estimatesBefore);
        assertThat(count("select count(*) from economy_estimate where project_id = ?", project)).isZero();
    }

    @Test
    void anEstimateWithAnotherSetVersionIsNeverTouched() throws Exception {
        long project = data.workedExampleProject(organisation);
        jdbc.update("insert into valuation_set (id, version, definition) values ('OLD', ?, '{\"id\": \"OLD\"}')"
                + " on conflict do nothing", "p" + project);
        jdbc.update("""
                insert into economy_estimate (project_id, organisation_id, valuation_set_id, valuation_set_version,
                                              status, not_valued_reason, route, design, participants)
                values (?, ?, 'OLD', ?, 'NOT_VALUED', 'old reason', 'NONE', 'PRE_POST', 1)""",
                project, organisation, "p" + project);

        run(Map.of());

        assertThat(count("select count(*) from economy_estimate where project_id = ?", project)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select not_valued_reason from economy_estimate where project_id = ?"
                + " and valuation_set_id = 'OLD'", String.class, project)).isEqualTo("old reason");
    }

    @Test
    void aStoredValuationSetCannotBeChangedOrRemoved() throws Exception {
        run(Map.of());

        assertThatThrownBy(() -> jdbc.update("update valuation_set set definition = '{}' where id = 'DK'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("valuation set DK-2026.1 is published and cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from valuation_set where id = 'DK'"))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select definition = cast(? as jsonb) from valuation_set where id = 'DK'"
                + " and version = '2026.1'", Boolean.class, DK_2026.definition())).isTrue();
    }

    @Test
    void aFailedRunRestartsAfterTheLastCommittedProject() throws Exception {
        long good = data.workedExampleProject(organisation);
        long broken = data.who5OnlyProject(organisation);
        String corrupt = "{\"n\": 18, \"mean_change\": \"9.5\", \"sd_change\": 14.0}";
        String repaired = "{\"n\": 18, \"mean_change\": 9.5, \"sd_change\": 14.0}";
        jdbc.update("update evaluation_result set statistics = cast(? as jsonb) where project_id = ?", corrupt, broken);
        try {
            JobExecution failed = run(Map.of());
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(estimateRow(good)).containsEntry("job_execution_id", failed.getId());
            assertThat(count("select count(*) from economy_estimate where project_id = ?", broken)).isZero();

            jdbc.update("update evaluation_result set statistics = cast(? as jsonb) where project_id = ?", repaired,
                    broken);
            JobExecution restarted = finished(jobOperator.restart(failed));

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(estimateRow(broken)).containsEntry("job_execution_id", restarted.getId())
                    .containsEntry("status", "NOT_VALUED");
            // the restart began after the last committed chunk: the good project was not valued again
            assertThat(estimateRow(good)).containsEntry("job_execution_id", failed.getId());
        } finally {
            jdbc.update("update evaluation_result set statistics = cast(? as jsonb) where project_id = ?", repaired,
                    broken);
        }
    }

    private JobExecution run(Map<String, String> parameters) throws Exception {
        JobParametersBuilder builder = new JobParametersBuilder().addLong("run", RUN.incrementAndGet());
        parameters.forEach(builder::addString);
        JobParameters jobParameters = builder.toJobParameters();
        return finished(jobOperator.start(economyJob, jobParameters));
    }

    /** Jobs are launched asynchronously (BatchInfrastructureConfiguration); wait for the end. */
    private JobExecution finished(JobExecution started) {
        jobs.await(started.getId(), java.time.Duration.ofMinutes(2));
        return jobRepository.getJobExecution(started.getId());
    }

    private static ProjectEvidence workedExampleEvidence() {
        return new ProjectEvidence(Design.PRE_POST, 40, 30, 400_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(25, 0.8, 2.0), null, null, false, false),
                new CasenessEstimate("TILS", new CasenessChange(25, 8, 2), null, null, false, false), null);
    }

    private Map<String, Object> estimateRow(long project) {
        return jdbc.queryForMap("""
                select valuation_set_id, valuation_set_version, status, not_valued_reason, route, design,
                       counterfactual, participants, participants_aged_16_64, wellbys, wellbeing_value_dkk,
                       budget_total_dkk, total_value_dkk, social_value_dkk,
                       cost_per_wellby_dkk, social_return_ratio, monte_carlo::text as monte_carlo, seed, draws,
                       job_execution_id
                  from economy_estimate
                 where project_id = ? and valuation_set_id = 'DK' and valuation_set_version = '2026.1'""", project);
    }

    private List<Map<String, Object>> figures(long... projects) {
        return jdbc.queryForList("""
                select id, project_id, status, not_valued_reason, route, wellbys, total_value_dkk,
                       point_estimate::text, effects::text, monte_carlo::text, sensitivity::text, assumptions::text,
                       notes::text, parameters_used::text, seed, draws
                  from economy_estimate
                 where project_id = any(?) order by project_id""", (Object) projects);
    }

    private boolean jsonEquals(long project, String column, String json) {
        return jdbc.queryForObject("select " + column + " = cast(? as jsonb) from economy_estimate where project_id = ?"
                + " and valuation_set_id = 'DK'", Boolean.class, json, project);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
