package dk.virkning.core.result;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.contract.EconomyEffects;
import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.UsedAssumption;
import dk.virkning.stats.economy.SensitivityRow;

/**
 * A project's well-being-economy estimate for one valuation set version, as a caller may see it.
 * For a funder, an estimate resting on a cell of fewer than five participants carries no figures.
 *
 * @param figures     headline figures (wellbys, wellbeing_value_dkk, budget_total_dkk, total_value_dkk,
 *                    cost_per_participant_dkk, cost_per_wellby_dkk, social_return_ratio)
 * @param monteCarlo  per output: mean, median and 95% interval
 * @param sensitivity the tornado table, largest swing first
 * @param assumptions the ASSUMPTION parameters the estimate used
 */
public record EconomyView(String valuationSet, String valuationSetVersion, String status, String notValuedReason,
                          String route, String design, String counterfactual, int participants, Double costDkk,
                          Map<String, Object> figures, EconomyEffects effects, MonteCarloStatistics monteCarlo,
                          List<SensitivityRow> sensitivity, List<UsedAssumption> assumptions, boolean caution, boolean suppressed, Long seed, Integer draws,
                          OffsetDateTime computedAt) {
}
