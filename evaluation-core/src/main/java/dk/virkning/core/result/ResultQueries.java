package dk.virkning.core.result;

import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads stored results; callers have passed {@link ResultAccess} for the project first. */
@JdbiRepository
@RegisterConstructorMapper(ResultQueries.ResultRow.class)
@RegisterConstructorMapper(ResultQueries.EstimateRow.class)
public interface ResultQueries {

    record ResultRow(String instrument, String baselineWave, String laterWave, String subgroupType,
                     String subgroupValue, String analysis, int n, boolean caution, boolean suppressed,
                     String statistics, OffsetDateTime computedAt) {
    }

    record EstimateRow(String valuationSetId, String valuationSetVersion, String status, String notValuedReason,
                       String route, String design, String counterfactual, int participants,
                       Integer participantsAged16To64, Double costDkk, Double wellbys, Double wellbeingValueDkk,
                       Double budgetTotalDkk, Double socialValueDkk, Double costPerWellbyDkk, Double socialReturnRatio,
                       String pointEstimate, String completeCase, String effects,
                       String monteCarlo, String sensitivity, String assumptions, boolean caution, boolean suppressed,
                       Long seed, Integer draws, OffsetDateTime computedAt) {
    }

    @SqlQuery("""
            select r.instrument, b.name as baseline_wave, l.name as later_wave, r.subgroup_type, r.subgroup_value,
                   r.analysis, r.n, r.caution, r.suppressed, r.statistics::text as statistics, r.computed_at
              from evaluation_result r
              join wave b on b.id = r.baseline_wave_id
              join wave l on l.id = r.later_wave_id
             where r.project_id = :projectId
               and (cast(:instrument as text) is null or r.instrument = :instrument)
               and (cast(:analysis as text) is null or r.analysis = :analysis)
               and (cast(:subgroupType as text) is null or r.subgroup_type = :subgroupType)
             order by r.instrument, l.offset_days, r.analysis, r.subgroup_type = 'ALL' desc, r.subgroup_type,
                      r.subgroup_value
            """)
    List<ResultRow> results(@Bind("projectId") long projectId, @Bind("instrument") String instrument,
            @Bind("analysis") String analysis, @Bind("subgroupType") String subgroupType);

    @SqlQuery("""
            select valuation_set_id, valuation_set_version, status, not_valued_reason, route, design, counterfactual,
                   participants, participants_aged_16_64 as participants_aged_16_to_64, cost_dkk::float8 as cost_dkk,
                   wellbys, wellbeing_value_dkk, budget_total_dkk, social_value_dkk, cost_per_wellby_dkk,
                   social_return_ratio, point_estimate::text as point_estimate, complete_case::text as complete_case,
                   effects::text as effects, monte_carlo::text as monte_carlo, sensitivity::text as sensitivity,
                   assumptions::text as assumptions, caution, suppressed, seed, draws, computed_at
              from economy_estimate
             where project_id = :projectId
             order by computed_at desc, valuation_set_id, valuation_set_version desc
            """)
    List<EstimateRow> estimates(@Bind("projectId") long projectId);
}
