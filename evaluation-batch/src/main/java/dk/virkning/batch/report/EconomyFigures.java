package dk.virkning.batch.report;

import java.util.List;

import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.PointEstimate;
import dk.virkning.stats.contract.SimulatedOutput;
import dk.virkning.stats.contract.UsedAssumption;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.SensitivityRow;

/**
 * A stored economy estimate (table economy_estimate; docs/methods.md §7): central values from
 * {@code point_estimate}, 95% intervals from the Monte Carlo summary, the tornado rows from
 * {@code sensitivity}, read back as the contract's records.
 */
public record EconomyFigures(String valuationSetId, String valuationSetVersion, String status, String notValuedReason,
        String route, String counterfactual, String budgetNotValuedReason, int participants,
        Integer participantsAged16To64, Double costDkk, PointEstimate point, PointEstimate completeCase,
        MonteCarloStatistics monteCarlo, List<SensitivityRow> sensitivity,
        List<UsedAssumption> assumptions, boolean caution, boolean suppressed, Long seed, Integer draws) {

    public boolean valued() {
        return status.equals("VALUED");
    }

    public String valuationSetKey() {
        return valuationSetId + "-" + valuationSetVersion;
    }

    public Double central(Output output) {
        return point == null ? null : point.of(output);
    }

    /** The output if non-completers had changed as completers did; null when not stored (an earlier estimate). */
    public Double completeCase(Output output) {
        return completeCase == null ? null : completeCase.of(output);
    }

    /** The share of Monte Carlo draws in which the social value exceeds the cost, or null. */
    public Double socialValueExceedsCost() {
        return monteCarlo == null ? null : monteCarlo.socialValueExceedsCost();
    }

    /** The share of Monte Carlo draws in which the well-being value alone exceeds the cost, or null. */
    public Double wellbeingValueExceedsCost() {
        return monteCarlo == null ? null : monteCarlo.wellbeingValueExceedsCost();
    }

    /**
     * Whether the output's interval bounds are stable to two significant figures (docs/methods.md
     * 7.5); {@code null} when not recorded (an estimate stored before, or an output without draws).
     */
    public Boolean stable(Output output) {
        SimulatedOutput simulated = monteCarlo == null ? null : monteCarlo.of(output);
        return simulated == null ? null : simulated.intervalStable();
    }

    public Double low(Output output) {
        SimulatedOutput simulated = monteCarlo == null ? null : monteCarlo.of(output);
        return simulated == null ? null : simulated.lower();
    }

    public Double high(Output output) {
        SimulatedOutput simulated = monteCarlo == null ? null : monteCarlo.of(output);
        return simulated == null ? null : simulated.upper();
    }

    /** Tornado rows with both ends defined, largest swing first, as stored. */
    public List<SensitivityRow> swings() {
        return sensitivity.stream()
                .filter(r -> Double.isFinite(r.socialValueAtLow()) && Double.isFinite(r.socialValueAtHigh())).toList();
    }

    /** The ids of the ASSUMPTION parameters the estimate used. */
    public List<String> assumptionIds() {
        return assumptions.stream().map(UsedAssumption::id).toList();
    }
}
