package dk.virkning.stats.economy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.virkning.stats.design.Design;

/**
 * What a valuation of one project will use: the route, the effects, and the parameters.
 * Either a plan ({@link #valued()}) or the reason the project cannot be valued.
 */
record EconomyPlan(Route route, Design design, EffectEstimate wellbeingEffect, EffectEstimate casenessEffect,
        int participants, int participantsAged16To64, Double costDkk, List<Parameter> parameters, String notValuedReason, boolean caution,
        boolean suppressed) {

    boolean valued() {
        return notValuedReason == null;
    }

    /** The distinct effects, in draw order (route B uses one effect for both well-being and budget). */
    List<EffectEstimate> effects() {
        List<EffectEstimate> effects = new ArrayList<>();
        if (wellbeingEffect != null) {
            effects.add(wellbeingEffect);
        }
        if (casenessEffect != null && casenessEffect != wellbeingEffect) {
            effects.add(casenessEffect);
        }
        return effects;
    }

    static EconomyPlan of(ProjectEvidence evidence, ValuationSet set) {
        if (evidence.design() == Design.POST_ONLY) {
            return notValued(evidence, "a post-only design measures no change to value");
        }
        if (evidence.participants() == 0) {
            return notValued(evidence, "the project has no participants to scale the effect to");
        }
        EffectEstimate caseness = evidence.loneliness() == null ? null : EffectEstimate.of(evidence.loneliness());
        Route route;
        EffectEstimate wellbeing;
        if (evidence.lifeSatisfaction() != null) {
            route = Route.LIFE_SATISFACTION;
            wellbeing = EffectEstimate.of(evidence.lifeSatisfaction());
        } else if (caseness != null) {
            route = Route.LONELINESS_CASENESS;
            wellbeing = caseness;
        } else if (evidence.who5() != null) {
            if (set.find(ParameterIds.WHO5_TO_LIFE_SATISFACTION).isEmpty()) {
                return notValued(evidence, "only WHO-5 is measured, and valuation set " + set.key()
                        + " holds no documented WHO-5 to life-satisfaction mapping");
            }
            route = Route.WHO5_MAPPING;
            wellbeing = EffectEstimate.of(evidence.who5());
        } else {
            return notValued(evidence, "no change in life satisfaction (LIFE_SAT) or loneliness (T-ILS) is measured");
        }
        return new EconomyPlan(route, evidence.design(), wellbeing, caseness, evidence.participants(),
                evidence.participantsAged16To64(), evidence.costDkk(),
                parameters(set, route, wellbeing, caseness, evidence.participantsAged16To64() < evidence.participants()),
                null,
                flag(evidence, route, true), flag(evidence, route, false));
    }

    private static List<Parameter> parameters(ValuationSet set, Route route, EffectEstimate wellbeing,
            EffectEstimate caseness, boolean otherAges) {
        Set<String> ids = new LinkedHashSet<>(List.of(ParameterIds.WELLBY_VALUE_GBP, ParameterIds.DKK_PER_GBP,
                ParameterIds.CPI_RATIO, ParameterIds.DISCOUNT_RATE, ParameterIds.DURATION_YEARS, ParameterIds.DROP_OFF));
        if (wellbeing.counterfactual() == Counterfactual.DEADWEIGHT
                || caseness != null && caseness.counterfactual() == Counterfactual.DEADWEIGHT) {
            ids.add(ParameterIds.DEADWEIGHT);
        }
        if (route == Route.LONELINESS_CASENESS) {
            ids.add(ParameterIds.LIFE_SATISFACTION_GAP);
        }
        if (route == Route.WHO5_MAPPING) {
            ids.add(ParameterIds.WHO5_TO_LIFE_SATISFACTION);
        }
        if (caseness != null) {
            ids.addAll(List.of(ParameterIds.HEALTH_COST_MUNICIPAL, ParameterIds.HEALTH_COST_REGIONAL,
                    ParameterIds.HEALTH_COST_PRICE_RATIO, ParameterIds.TRANSFER_COST, ParameterIds.TAX_DISTORTION));
            if (otherAges) {
                ids.add(ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR);
            }
        }
        return set.parameters().stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** The small-sample flags of the evaluation results the plan uses. */
    private static boolean flag(ProjectEvidence evidence, Route route, boolean caution) {
        boolean flag = false;
        if (route == Route.LIFE_SATISFACTION) {
            flag = caution ? evidence.lifeSatisfaction().caution() : evidence.lifeSatisfaction().suppressed();
        }
        if (route == Route.WHO5_MAPPING) {
            flag = caution ? evidence.who5().caution() : evidence.who5().suppressed();
        }
        if (evidence.loneliness() != null) {
            flag |= caution ? evidence.loneliness().caution() : evidence.loneliness().suppressed();
        }
        return flag;
    }

    private static EconomyPlan notValued(ProjectEvidence evidence, String reason) {
        return new EconomyPlan(Route.NONE, evidence.design(), null, null, evidence.participants(),
                evidence.participantsAged16To64(), evidence.costDkk(), List.of(), reason, false, false);
    }
}
