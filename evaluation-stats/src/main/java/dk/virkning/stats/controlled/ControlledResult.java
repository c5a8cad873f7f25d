package dk.virkning.stats.controlled;

import dk.virkning.stats.effectsize.StandardizedDifference;

/**
 * The between-group analysis of a controlled design over complete pairs. Change is post − pre.
 * Boxed and object components are {@code null} when undefined.
 *
 * @param nIntervention          complete pairs in the intervention group
 * @param nControl               complete pairs in the control group
 * @param nMissing               pairs left out for a missing score
 * @param meanChangeIntervention mean change in the intervention group
 * @param meanChangeControl      mean change in the control group
 * @param differenceInChange     intervention minus control mean change
 * @param changeEffect           Hedges' g of the change scores (pooled SD) with its interval (d too)
 * @param ancova                 adjusted difference from post ~ pre + group
 * @param dPpc2                  the difference in change over the pooled baseline SD (Morris 2008), what a
 *                               portfolio pools
 * @param dPpc2Variance          its sampling variance
 */
public record ControlledResult(int nIntervention, int nControl, int nMissing,
                               Double meanChangeIntervention, Double meanChangeControl, Double differenceInChange,
                               StandardizedDifference changeEffect, AncovaResult ancova,
                               Double dPpc2, Double dPpc2Variance) {
}
