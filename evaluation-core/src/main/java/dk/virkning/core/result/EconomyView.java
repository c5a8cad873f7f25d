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
 * @param participantsAged16To64 of the participants, those aged 16-64 at enrolment (the ages the health-care
 *                    costs are estimated for); null in an estimate stored before it was recorded
 * @param figures     every output of the model at its central value, intention to treat (docs/methods.md §7.4);
 *                    for an estimate stored before DK-2026.1 only the headline columns it has
 * @param completeCase the same outputs if non-completers had changed as completers did; null when not stored
 * @param monteCarlo  per output: mean, median and 95% interval
 * @param sensitivity the tornado table, largest swing first
 * @param assumptions the ASSUMPTION parameters the estimate used
 */
public record EconomyView(String valuationSet, String valuationSetVersion, String status, String notValuedReason,
                          String route, String design, String counterfactual, int participants,
                          Integer participantsAged16To64, Double costDkk, Map<String, Object> figures,
                          Map<String, Object> completeCase, EconomyEffects effects, MonteCarloStatistics monteCarlo,
                          List<SensitivityRow> sensitivity, List<UsedAssumption> assumptions, boolean caution, boolean suppressed, Long seed, Integer draws,
                          OffsetDateTime computedAt) {
}
