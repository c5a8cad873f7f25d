package dk.virkning.stats.economy;

import java.util.List;

import dk.virkning.stats.design.Design;

/**
 * The well-being economy of one project, valued with one valuation set. Immutable.
 *
 * @param valuationSetId the set's id, e.g. {@code DK}
 * @param valuationSetVersion the set's version, e.g. {@code 2026.1}
 * @param status valued or not; "not valued" is never a zero
 * @param notValuedReason why not, or null when valued
 * @param route the route the well-being effect came from ({@link Route#NONE} when not valued)
 * @param design the project's design
 * @param wellbeingEffect the effect the well-being value rests on, or null
 * @param casenessEffect the T-ILS caseness effect the budget effects rest on, or null
 * @param budgetNotValuedReason why budget effects are not valued, or null when they are
 * @param participants participants the effect is scaled to
 * @param participantsAged16To64 of those, the ones aged 16-64 at enrolment (health-care costs at their source's ages)
 * @param costDkk project cost, or null when not registered
 * @param point the point estimate: every parameter at its value, effects at their estimates, intention to treat
 * @param completeCase the same figures if non-completers had changed as completers did (a sensitivity), or null
 * @param monteCarlo the Monte Carlo summary, or null when not valued
 * @param sensitivity the tornado table, largest swing first (empty when not valued)
 * @param parametersUsed ids of the set's parameters the estimate used, in set order
 * @param assumptions the ASSUMPTION parameters among them, to print with the label
 * @param caution an evaluation result used has n &lt; 10
 * @param suppressed an evaluation result used has a cell n &lt; 5 (visible to the project's staff only)
 * @param notes plain-language notes a report prints with the figures
 */
public record EconomyEstimate(String valuationSetId, String valuationSetVersion, EstimateStatus status,
        String notValuedReason, Route route, Design design, EffectEstimate wellbeingEffect,
        EffectEstimate casenessEffect, String budgetNotValuedReason, int participants, int participantsAged16To64,
        Double costDkk,
        Outputs point, Outputs completeCase, MonteCarloSummary monteCarlo, List<SensitivityRow> sensitivity, List<String> parametersUsed,
        List<Parameter> assumptions, boolean caution, boolean suppressed, List<String> notes) {

    public EconomyEstimate {
        sensitivity = List.copyOf(sensitivity);
        parametersUsed = List.copyOf(parametersUsed);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    /** {@code id-version} of the set, e.g. {@code DK-2026.1}. */
    public String valuationSetKey() {
        return valuationSetId + "-" + valuationSetVersion;
    }

    /** True when valued. */
    public boolean valued() {
        return status == EstimateStatus.VALUED;
    }
}
