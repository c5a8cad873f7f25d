package dk.virkning.stats.economy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of the well-being economy: one project's evidence and one valuation set
 * in, an immutable {@link EconomyEstimate} out. Pure: the same inputs and seed give the same
 * estimate.
 *
 * <p>Route choice: LIFE_SAT measured → route A; otherwise T-ILS caseness → route B;
 * otherwise WHO-5 with a mapping in the set → WHO-5 mapping; otherwise not valued (with
 * the reason). Budget effects need T-ILS caseness and are otherwise not valued. Formulas:
 * {@link ValuationFormula}; uncertainty: {@link MonteCarlo}; sensitivity: {@link Sensitivity}.
 */
public final class EconomyModel {

    private EconomyModel() {
    }

    /** Values a project with the default Monte Carlo settings. */
    public static EconomyEstimate estimate(ProjectEvidence evidence, ValuationSet set) {
        return estimate(evidence, set, MonteCarloSettings.DEFAULT);
    }

    /** Values a project. */
    public static EconomyEstimate estimate(ProjectEvidence evidence, ValuationSet set, MonteCarloSettings settings) {
        EconomyPlan plan = EconomyPlan.of(evidence, set);
        if (!plan.valued()) {
            return new EconomyEstimate(set.id(), set.version(), EstimateStatus.NOT_VALUED, plan.notValuedReason(),
                    Route.NONE, evidence.design(), null, null, null, evidence.participants(),
                    evidence.participantsAged16To64(), evidence.costDkk(),
                    null, null, null, List.of(), List.of(), List.of(), false, false,
                    List.of("Not valued: " + plan.notValuedReason() + "."));
        }
        Outputs point = pointEstimate(plan, Scaling.INTENTION_TO_TREAT);
        String budgetReason = plan.casenessEffect() == null
                ? "no change in loneliness caseness (T-ILS) is measured" : null;
        return new EconomyEstimate(set.id(), set.version(), EstimateStatus.VALUED, null, plan.route(),
                plan.design(), plan.wellbeingEffect(), plan.casenessEffect(), budgetReason, plan.participants(),
                plan.participantsAged16To64(), plan.costDkk(), point, pointEstimate(plan, Scaling.COMPLETE_CASE),
                MonteCarlo.run(plan, settings), Sensitivity.table(plan),
                plan.parameters().stream().map(Parameter::id).toList(),
                plan.parameters().stream().filter(Parameter::assumption).toList(), plan.caution(), plan.suppressed(),
                notes(plan, budgetReason));
    }

    /** Every parameter at its value, every effect at its estimate. */
    static Outputs pointEstimate(EconomyPlan plan, Scaling scaling) {
        Map<String, Double> values = new HashMap<>();
        for (Parameter parameter : plan.parameters()) {
            values.put(parameter.id(), parameter.value());
        }
        return ValuationFormula.compute(plan, values, plan.wellbeingEffect().estimate(),
                plan.casenessEffect() == null ? null : plan.casenessEffect().estimate(), scaling);
    }

    private static List<String> notes(EconomyPlan plan, String budgetReason) {
        List<String> notes = new ArrayList<>();
        if (plan.wellbeingEffect().counterfactual() == Counterfactual.CONTROL_GROUP) {
            notes.add("The effect is net of the control group: the ANCOVA difference at the later wave where it exists.");
        } else {
            notes.add("No control group: the counterfactual is the deadweight parameter, an ASSUMPTION.");
        }
        if (plan.route() == Route.LONELINESS_CASENESS && plan.wellbeingEffect().counterfactual()
                == Counterfactual.DEADWEIGHT) {
            notes.add("Route B counts participants crossing the T-ILS cut-off; without a control group the crossings"
                    + " include regression to the mean, which the deadweight parameter only assumes away.");
        }
        notes.add("Intention to treat: participants without a later measurement count as no change; the complete-case"
                + " figure assumes they changed as completers did.");
        if (budgetReason != null) {
            notes.add("Budget effects are not valued: " + budgetReason
                    + "; the social value is the well-being value only.");
        } else {
            notes.add("Public transfers are a budget effect, not social value; the social value counts the well-being"
                    + " value, avoided health care and the tax distortion gain of the budget effect.");
            if (plan.participantsAged16To64() < plan.participants()) {
                notes.add((plan.participants() - plan.participantsAged16To64()) + " of " + plan.participants()
                        + " participants are outside ages 16-64 or of unknown age: their health-care costs use "
                        + ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR + ".");
            }
        }
        if (plan.costDkk() == null) {
            notes.add("No project cost is registered: cost per participant, cost per WELLBY and the social return"
                    + " ratio are not computed.");
        }
        for (Parameter parameter : plan.parameters()) {
            if (parameter.assumption()) {
                notes.add(Parameter.ASSUMPTION + ": " + parameter.id() + " = " + parameter.value() + " ("
                        + parameter.unit() + ").");
            }
        }
        if (plan.caution()) {
            notes.add("Small sample (n < 10): interpret with caution.");
        }
        return notes;
    }
}
