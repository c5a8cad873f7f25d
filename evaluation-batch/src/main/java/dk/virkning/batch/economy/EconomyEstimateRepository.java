package dk.virkning.batch.economy;

import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stores valuation sets and economy estimates. */
@JdbiRepository
public interface EconomyEstimateRepository {

    /** Stores a set the first time it is used; a stored set never changes (a trigger refuses updates). */
    @SqlUpdate("""
            insert into valuation_set (id, version, definition)
            values (:id, :version, cast(:definition as jsonb))
            on conflict (id, version) do nothing
            """)
    void registerValuationSet(@Bind("id") String id, @Bind("version") String version,
            @Bind("definition") String definition);

    /** Whether the stored set has the same content as the given definition (compared as JSON, not as text). */
    @SqlQuery("""
            select definition = cast(:definition as jsonb)
              from valuation_set
             where id = :id and version = :version
            """)
    Optional<Boolean> storedValuationSetEquals(@Bind("id") String id, @Bind("version") String version,
            @Bind("definition") String definition);

    /** Inserts the estimate, or replaces the project's estimate for the same set version. */
    @SqlUpdate("""
            insert into economy_estimate (
                project_id, organisation_id, valuation_set_id, valuation_set_version, status, not_valued_reason,
                route, design, counterfactual, budget_not_valued_reason, participants, participants_aged_16_64,
                cost_dkk, wellbys, wellbeing_value_dkk, budget_total_dkk, social_value_dkk, cost_per_wellby_dkk,
                social_return_ratio, point_estimate, complete_case, effects, monte_carlo, sensitivity, parameters_used, assumptions, notes, caution,
                suppressed, seed, draws, job_execution_id, computed_at)
            values (
                :e.projectId, :e.organisationId, :e.valuationSetId, :e.valuationSetVersion, :e.status,
                :e.notValuedReason, :e.route, :e.design, :e.counterfactual, :e.budgetNotValuedReason,
                :e.participants, :e.participantsAged16To64, :e.costDkk, :e.wellbys, :e.wellbeingValueDkk,
                :e.budgetTotalDkk, :e.socialValueDkk, :e.costPerWellbyDkk, :e.socialReturnRatio,
                cast(:e.pointEstimate as jsonb), cast(:e.completeCase as jsonb),
                cast(:e.effects as jsonb), cast(:e.monteCarlo as jsonb), cast(:e.sensitivity as jsonb),
                :e.parametersUsed, cast(:e.assumptions as jsonb), cast(:e.notes as jsonb), :e.caution,
                :e.suppressed, :e.seed, :e.draws, :e.jobExecutionId, now())
            on conflict (project_id, valuation_set_id, valuation_set_version) do update set
                organisation_id = excluded.organisation_id,
                status = excluded.status,
                not_valued_reason = excluded.not_valued_reason,
                route = excluded.route,
                design = excluded.design,
                counterfactual = excluded.counterfactual,
                budget_not_valued_reason = excluded.budget_not_valued_reason,
                participants = excluded.participants,
                participants_aged_16_64 = excluded.participants_aged_16_64,
                cost_dkk = excluded.cost_dkk,
                wellbys = excluded.wellbys,
                wellbeing_value_dkk = excluded.wellbeing_value_dkk,
                budget_total_dkk = excluded.budget_total_dkk,
                total_value_dkk = null,
                social_value_dkk = excluded.social_value_dkk,
                cost_per_wellby_dkk = excluded.cost_per_wellby_dkk,
                social_return_ratio = excluded.social_return_ratio,
                point_estimate = excluded.point_estimate,
                complete_case = excluded.complete_case,
                effects = excluded.effects,
                monte_carlo = excluded.monte_carlo,
                sensitivity = excluded.sensitivity,
                parameters_used = excluded.parameters_used,
                assumptions = excluded.assumptions,
                notes = excluded.notes,
                caution = excluded.caution,
                suppressed = excluded.suppressed,
                seed = excluded.seed,
                draws = excluded.draws,
                job_execution_id = excluded.job_execution_id,
                computed_at = excluded.computed_at
            """)
    void upsert(@BindMethods("e") EconomyEstimateRow estimate);
}
