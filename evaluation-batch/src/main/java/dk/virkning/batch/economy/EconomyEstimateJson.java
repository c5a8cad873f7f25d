package dk.virkning.batch.economy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.contract.EconomyEffects;
import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.PointEstimate;
import dk.virkning.stats.contract.UsedAssumption;
import dk.virkning.stats.economy.EconomyEstimate;
import dk.virkning.stats.economy.MonteCarloSummary;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.Outputs;

/**
 * The stored form of an estimate: its columns, and its JSON columns as the contract's records
 * (dk.virkning.stats.contract, docs/methods.md §7.8) written by the one contract mapping.
 */
final class EconomyEstimateJson {

    private EconomyEstimateJson() {
    }

    static EconomyEstimateRow row(ValuedProject project, Long jobExecutionId) {
        EconomyEstimate e = project.estimate();
        Outputs point = e.point();
        MonteCarloSummary monteCarlo = e.monteCarlo();
        return new EconomyEstimateRow(project.projectId(), project.organisationId(), e.valuationSetId(),
                e.valuationSetVersion(), e.status().name(), e.notValuedReason(), e.route().name(), e.design().name(),
                e.wellbeingEffect() == null ? null : e.wellbeingEffect().counterfactual().name(),
                e.budgetNotValuedReason(), e.participants(), e.participantsAged16To64(),
                e.costDkk() == null ? null : BigDecimal.valueOf(e.costDkk()).setScale(2, RoundingMode.HALF_UP),
                value(point, Output.WELLBYS), value(point, Output.WELLBEING_VALUE_DKK),
                value(point, Output.BUDGET_TOTAL_DKK), value(point, Output.SOCIAL_VALUE_DKK),
                value(point, Output.COST_PER_WELLBY_DKK), value(point, Output.SOCIAL_RETURN_RATIO),
                point == null ? null : outputs(point), e.completeCase() == null ? null : outputs(e.completeCase()),
                e.valued() ? effects(e) : null,
                monteCarlo == null ? null : monteCarlo(monteCarlo), sensitivity(e), e.parametersUsed()
                        .toArray(String[]::new), assumptions(e), notes(e), e.caution(), e.suppressed(),
                monteCarlo == null ? null : monteCarlo.seed(), monteCarlo == null ? null : monteCarlo.draws(),
                jobExecutionId);
    }

    static String outputs(Outputs outputs) {
        return ContractJson.write(PointEstimate.of(outputs));
    }

    private static String effects(EconomyEstimate estimate) {
        return ContractJson.write(EconomyEffects.of(estimate));
    }

    static String monteCarlo(MonteCarloSummary summary) {
        return ContractJson.write(MonteCarloStatistics.of(summary));
    }

    private static String sensitivity(EconomyEstimate estimate) {
        return ContractJson.write(estimate.sensitivity());
    }

    private static String assumptions(EconomyEstimate estimate) {
        return ContractJson.write(estimate.assumptions().stream().map(UsedAssumption::of).toList());
    }

    private static String notes(EconomyEstimate estimate) {
        return ContractJson.write(estimate.notes());
    }

    private static Double value(Outputs outputs, Output output) {
        return outputs == null ? null : output.of(outputs);
    }
}
