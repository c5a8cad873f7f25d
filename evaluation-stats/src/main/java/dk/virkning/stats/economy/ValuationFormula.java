package dk.virkning.stats.economy;

import java.util.Map;

/**
 * The arithmetic of one valuation, for given parameter values and effect values.
 *
 * <p>With P participants, project cost C, effect e (per participant, before deadweight)
 * and parameters named as in {@link ParameterIds}:
 * <pre>
 *   k     = 1 − deadweight      when the effect has no control group, else 1
 *   ΔLS   = k · e                                  route A (LIFE_SAT mean change)
 *         = k · s · life_satisfaction_gap          route B (s = net share leaving T-ILS caseness)
 *         = k · e · who5_to_life_satisfaction      WHO-5 mapping (only if the set holds one)
 *   F     = Σ_{t=0}^{⌈D⌉−1} min(1, D−t) · (1−drop_off)^t / (1+discount_rate)^t     ({@link DiscountedDuration})
 *   WELLBYs             = ΔLS · P · F
 *   DKK per WELLBY      = wellby_value_gbp · dkk_per_gbp · cpi_ratio
 *   well-being value    = WELLBYs · DKK per WELLBY
 *   net persons out     = k_s · s · P           (only when T-ILS caseness is measured)
 *   budget, per payer   = net persons out · annual cost per lonely person · F
 *                         (municipality: health_cost_municipal_dkk, region: health_cost_regional_dkk,
 *                          state: state_cost_dkk)
 *   total value         = well-being value + budget total (budget counted only when valued)
 *   cost per participant = C / P;  cost per WELLBY = C / WELLBYs (WELLBYs &gt; 0);
 *   social return ratio = total value / C (C &gt; 0)
 * </pre>
 * The WELLBY approach follows HM Treasury (2021), Wellbeing guidance for appraisal, and
 * Frijters &amp; Krekel (2021), A Handbook for Wellbeing Policy-Making; the budget categories
 * follow Ensomhed i Tal; discounting follows Finansministeriet's guidance.
 */
public final class ValuationFormula {

    private ValuationFormula() {
    }

    /**
     * @param plan the valued plan
     * @param values parameter id → value, for every parameter of the plan
     * @param wellbeingEffect the well-being effect's value (e, or s for route B)
     * @param casenessEffect the caseness effect's value s, or null when not measured
     */
    static Outputs compute(EconomyPlan plan, Map<String, Double> values, double wellbeingEffect,
            Double casenessEffect) {
        double participants = plan.participants();
        double wellbeingFactor = netFactor(plan.wellbeingEffect(), values);
        double change = switch (plan.route()) {
            case LIFE_SATISFACTION -> wellbeingFactor * wellbeingEffect;
            case LONELINESS_CASENESS -> wellbeingFactor * wellbeingEffect
                    * values.get(ParameterIds.LIFE_SATISFACTION_GAP);
            case WHO5_MAPPING -> wellbeingFactor * wellbeingEffect
                    * values.get(ParameterIds.WHO5_TO_LIFE_SATISFACTION);
            case NONE -> throw new IllegalStateException("a plan without a route is not valued");
        };
        double duration = DiscountedDuration.factor(values.get(ParameterIds.DURATION_YEARS),
                values.get(ParameterIds.DROP_OFF), values.get(ParameterIds.DISCOUNT_RATE));
        double wellbys = change * participants * duration;
        double dkkPerWellby = values.get(ParameterIds.WELLBY_VALUE_GBP) * values.get(ParameterIds.DKK_PER_GBP)
                * values.get(ParameterIds.CPI_RATIO);
        double wellbeingValue = wellbys * dkkPerWellby;

        Double persons = null;
        Double municipality = null;
        Double region = null;
        Double state = null;
        Double budget = null;
        if (plan.casenessEffect() != null) {
            persons = netFactor(plan.casenessEffect(), values) * casenessEffect * participants;
            municipality = persons * values.get(ParameterIds.HEALTH_COST_MUNICIPAL) * duration;
            region = persons * values.get(ParameterIds.HEALTH_COST_REGIONAL) * duration;
            state = persons * values.get(ParameterIds.STATE_COST) * duration;
            budget = municipality + region + state;
        }
        double total = wellbeingValue + (budget == null ? 0 : budget);
        Double cost = plan.costDkk();
        Double costPerParticipant = cost == null ? null : cost / participants;
        Double costPerWellby = cost == null || !(wellbys > 0) ? null : cost / wellbys;
        Double ratio = cost == null || cost == 0 ? null : total / cost;
        return new Outputs(change, persons, duration, wellbys, dkkPerWellby, wellbeingValue, municipality, region,
                state, budget, total, costPerParticipant, costPerWellby, ratio);
    }

    private static double netFactor(EffectEstimate effect, Map<String, Double> values) {
        return effect.counterfactual() == Counterfactual.DEADWEIGHT ? 1 - values.get(ParameterIds.DEADWEIGHT) : 1;
    }
}
