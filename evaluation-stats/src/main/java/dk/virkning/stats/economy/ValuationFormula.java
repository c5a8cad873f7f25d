package dk.virkning.stats.economy;

import java.util.Map;

/**
 * The arithmetic of one valuation, for given parameter values and effect values.
 *
 * <p>With P participants (P₁₆₋₆₄ of them aged 16-64), project cost C, effect e per completer
 * (before deadweight) measured on n completers, and parameters named as in {@link ParameterIds}:
 * <pre>
 *   k     = 1 − deadweight      when the effect has no control group, else 1
 *   ΔLS   = k · e                                  route A (LIFE_SAT mean change)
 *         = k · s · life_satisfaction_gap          route B (s = net share leaving T-ILS caseness)
 *         = k · e · who5_to_life_satisfaction      WHO-5 mapping (only if the set holds one)
 *   N     = min(n, P) intention to treat (non-completers: no change);  P complete case
 *   F     = Σ_{t=0}^{⌈D⌉−1} min(1, D−t) · (1−drop_off)^t / (1+discount_rate)^t     ({@link DiscountedDuration})
 *   WELLBYs             = ΔLS · N_wellbeing · F
 *   DKK per WELLBY      = wellby_value_gbp · dkk_per_gbp · cpi_ratio
 *   well-being value    = WELLBYs · DKK per WELLBY
 *   net persons out     = k_s · s · N_caseness                    (only when T-ILS caseness is measured)
 *   age mix a           = (P₁₆₋₆₄ + (P − P₁₆₋₆₄) · health_cost_other_ages_factor) / P
 *   municipality        = net persons out · health_cost_municipal_dkk · health_cost_price_ratio · a · F
 *   region              = net persons out · health_cost_regional_dkk · health_cost_price_ratio · a · F
 *   state (transfers)   = net persons out · transfer_cost_dkk · F
 *   public budget effect = municipality + region + state
 *   tax distortion gain = tax_distortion_factor · public budget effect
 *   social value        = well-being value + municipality + region + tax distortion gain
 *   cost per participant = C / P;  cost per WELLBY = C / WELLBYs (WELLBYs &gt; 0);
 *   well-being, budget and social return ratios = each of the three / C (C &gt; 0)
 * </pre>
 * Transfers move money from the state to a person and create no value, so they are in the budget
 * effect and not in the social value; saving them spares distortionary taxation, which is. The
 * WELLBY approach follows HM Treasury (2021), Wellbeing guidance for appraisal, and Frijters &amp;
 * Krekel (2021); the budget categories follow Ensomhed i Tal; discounting and the tax distortion
 * factor follow Finansministeriet's guidance.
 */
public final class ValuationFormula {

    private ValuationFormula() {
    }

    /**
     * @param plan the valued plan
     * @param values parameter id → value, for every parameter of the plan
     * @param wellbeingEffect the well-being effect's value (e, or s for route B)
     * @param casenessEffect the caseness effect's value s, or null when not measured
     * @param scaling whom the effect per completer is multiplied by
     */
    static Outputs compute(EconomyPlan plan, Map<String, Double> values, double wellbeingEffect,
            Double casenessEffect, Scaling scaling) {
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
        double wellbys = change * counted(plan, plan.wellbeingEffect(), scaling) * duration;
        double dkkPerWellby = values.get(ParameterIds.WELLBY_VALUE_GBP) * values.get(ParameterIds.DKK_PER_GBP)
                * values.get(ParameterIds.CPI_RATIO);
        double wellbeingValue = wellbys * dkkPerWellby;

        Double persons = null;
        Double municipality = null;
        Double region = null;
        Double state = null;
        Double budget = null;
        Double distortion = null;
        double social = wellbeingValue;
        if (plan.casenessEffect() != null) {
            persons = netFactor(plan.casenessEffect(), values) * casenessEffect
                    * counted(plan, plan.casenessEffect(), scaling);
            int otherAges = plan.participants() - plan.participantsAged16To64();
            double ageMix = otherAges == 0 ? 1 : (plan.participantsAged16To64()
                    + otherAges * values.get(ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR)) / participants;
            double healthCare = persons * values.get(ParameterIds.HEALTH_COST_PRICE_RATIO) * ageMix * duration;
            municipality = healthCare * values.get(ParameterIds.HEALTH_COST_MUNICIPAL);
            region = healthCare * values.get(ParameterIds.HEALTH_COST_REGIONAL);
            state = persons * values.get(ParameterIds.TRANSFER_COST) * duration;
            budget = municipality + region + state;
            distortion = values.get(ParameterIds.TAX_DISTORTION) * budget;
            social = wellbeingValue + municipality + region + distortion;
        }
        Double cost = plan.costDkk();
        boolean costed = cost != null && cost > 0;
        Double costPerParticipant = cost == null ? null : cost / participants;
        Double costPerWellby = cost == null || !(wellbys > 0) ? null : cost / wellbys;
        return new Outputs(change, persons, duration, wellbys, dkkPerWellby, wellbeingValue, municipality, region,
                state, budget, distortion, social, costPerParticipant, costPerWellby,
                costed ? wellbeingValue / cost : null, costed && budget != null ? budget / cost : null,
                costed ? social / cost : null);
    }

    /** N: the completers of the effect (at most the participants), or every participant. */
    static double counted(EconomyPlan plan, EffectEstimate effect, Scaling scaling) {
        return scaling == Scaling.COMPLETE_CASE ? plan.participants()
                : Math.min(effect.nIntervention(), plan.participants());
    }

    private static double netFactor(EffectEstimate effect, Map<String, Double> values) {
        return effect.counterfactual() == Counterfactual.DEADWEIGHT ? 1 - values.get(ParameterIds.DEADWEIGHT) : 1;
    }
}
