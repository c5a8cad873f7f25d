package dk.virkning.batch.report.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.virkning.core.project.Wave;
import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads what a project report shows. Reports are rendered for a project whose organisation the
 * caller (or the job) has already established, and every query is scoped by that organisation.
 */
@JdbiRepository
@RegisterConstructorMapper(ProjectReportData.Project.class)
@RegisterConstructorMapper(Wave.class)
@RegisterConstructorMapper(ProjectReportData.ArmCount.class)
@RegisterConstructorMapper(ProjectReportData.WaveCount.class)
@RegisterConstructorMapper(ProjectReportData.ScorePair.class)
@RegisterConstructorMapper(ProjectReportData.Run.class)
@RegisterConstructorMapper(ReportDataRepository.ResultRow.class)
@RegisterConstructorMapper(ReportDataRepository.EconomyRow.class)
public interface ReportDataRepository {

    record ResultRow(String instrument, long baselineWaveId, long laterWaveId, String subgroupType,
            String subgroupValue, String analysis, int n, boolean caution, boolean suppressed, String statistics) {
    }

    record EconomyRow(String valuationSetId, String valuationSetVersion, String status, String notValuedReason,
            String route, String counterfactual, String budgetNotValuedReason, int participants,
            Integer participantsAged16To64, BigDecimal costDkk, String pointEstimate, String completeCase,
            String monteCarlo, String sensitivity, String assumptions, boolean caution,
            boolean suppressed, Long seed, Integer draws) {
    }

    @SqlQuery("select organisation_id from project where id = :projectId")
    Optional<Long> organisationOf(@Bind("projectId") long projectId);

    @SqlQuery("""
            select p.id, p.organisation_id, o.name as organisation_name, p.title, p.description, p.period_start,
                   p.period_end, p.design, p.age_group, p.target_age_min, p.target_age_max, p.arenas, p.instruments,
                   p.cost_dkk
              from project p
              join organisation o on o.id = p.organisation_id
             where p.id = :projectId and p.organisation_id = :org
            """)
    Optional<ProjectReportData.Project> project(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    @SqlQuery("""
            select id, name, offset_days from wave
             where project_id = :projectId and organisation_id = :org
             order by offset_days, ordinal
            """)
    List<Wave> waves(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    @SqlQuery("""
            select arm, count(*) as participants from participant
             where project_id = :projectId and organisation_id = :org and erased_at is null
             group by arm order by arm desc
            """)
    List<ProjectReportData.ArmCount> enrolled(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    @SqlQuery("""
            select r.wave_id, p.arm, count(distinct r.participant_id) as participants
              from response r
              join participant p on p.id = r.participant_id and p.organisation_id = r.organisation_id
             where r.project_id = :projectId and r.organisation_id = :org and p.erased_at is null
             group by r.wave_id, p.arm
            """)
    List<ProjectReportData.WaveCount> respondents(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    @SqlQuery("""
            select instrument, baseline_wave_id, later_wave_id, subgroup_type, subgroup_value, analysis, n, caution,
                   suppressed, statistics::text as statistics
              from evaluation_result
             where project_id = :projectId and organisation_id = :org
             order by instrument, later_wave_id, subgroup_type, subgroup_value, analysis
            """)
    List<ResultRow> results(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    /** Complete pairs of scores between two waves, per instrument, of non-erased participants. */
    @SqlQuery("""
            select pre.instrument, pre.score as pre, post.score as post
              from response pre
              join response post on post.participant_id = pre.participant_id and post.instrument = pre.instrument
                                and post.wave_id = :later and post.organisation_id = pre.organisation_id
              join participant p on p.id = pre.participant_id and p.organisation_id = pre.organisation_id
             where pre.project_id = :projectId and pre.organisation_id = :org and pre.wave_id = :baseline
               and p.erased_at is null and pre.score is not null and post.score is not null
             order by pre.instrument, pre.participant_id
            """)
    List<ProjectReportData.ScorePair> pairs(@Bind("projectId") long projectId, @Bind("org") long organisationId,
            @Bind("baseline") long baselineWaveId, @Bind("later") long laterWaveId);

    @SqlQuery("""
            select computed_at, job_execution_id from evaluation_run
             where project_id = :projectId and organisation_id = :org
            """)
    Optional<ProjectReportData.Run> evaluationRun(@Bind("projectId") long projectId, @Bind("org") long organisationId);

    /** The estimate with the given valuation set if there is one, else the most recent. */
    @SqlQuery("""
            select valuation_set_id, valuation_set_version, status, not_valued_reason, route, counterfactual,
                   budget_not_valued_reason, participants, participants_aged_16_64 as participants_aged_16_to_64,
                   cost_dkk, point_estimate::text as point_estimate, complete_case::text as complete_case,
                   monte_carlo::text as monte_carlo, sensitivity::text as sensitivity, assumptions::text as assumptions,
                   caution, suppressed, seed, draws
              from economy_estimate
             where project_id = :projectId and organisation_id = :org
             order by (valuation_set_id || '-' || valuation_set_version = :preferredSet) desc, computed_at desc
             limit 1
            """)
    Optional<EconomyRow> economy(@Bind("projectId") long projectId, @Bind("org") long organisationId,
            @Bind("preferredSet") String preferredSet);

    /** When the project's inputs last changed: its latest evaluation or economy run, or its registry data. */
    @SqlQuery("""
            select greatest((select max(computed_at) from evaluation_run where project_id = :projectId and organisation_id = :org),
                            (select max(computed_at) from economy_estimate where project_id = :projectId and organisation_id = :org),
                            (select updated_at from project where id = :projectId and organisation_id = :org))
            """)
    Optional<OffsetDateTime> lastComputed(@Bind("projectId") long projectId, @Bind("org") long organisationId);
}
