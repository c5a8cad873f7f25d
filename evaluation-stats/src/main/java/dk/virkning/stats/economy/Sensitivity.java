package dk.virkning.stats.economy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One-at-a-time sensitivity: each uncertain parameter of the plan at its low and at its
 * high value, and each measured effect at the ends of its 95 % confidence interval
 * (estimate ± z_0.975·SE), with every other input at its central value, under intention to
 * treat. The target is the social value ({@link ValuationFormula}); the social return ratio is
 * that divided by the cost, so it orders the same. Rows are sorted by swing, largest first (a tornado).
 */
final class Sensitivity {

    private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Sensitivity() {
    }

    static List<SensitivityRow> table(EconomyPlan plan) {
        Map<String, Double> central = new HashMap<>();
        for (Parameter parameter : plan.parameters()) {
            central.put(parameter.id(), parameter.value());
        }
        List<EffectEstimate> effects = plan.effects();
        double[] centralEffects = effects.stream().mapToDouble(EffectEstimate::estimate).toArray();

        List<SensitivityRow> rows = new ArrayList<>();
        for (Parameter parameter : plan.parameters()) {
            if (!parameter.uncertain()) {
                continue;
            }
            Map<String, Double> low = new HashMap<>(central);
            low.put(parameter.id(), parameter.low());
            Map<String, Double> high = new HashMap<>(central);
            high.put(parameter.id(), parameter.high());
            rows.add(row(parameter.id(), parameter.assumption(), parameter.low(), parameter.high(),
                    compute(plan, low, centralEffects), compute(plan, high, centralEffects)));
        }
        for (int e = 0; e < effects.size(); e++) {
            EffectEstimate effect = effects.get(e);
            if (effect.standardError() <= 0) {
                continue;
            }
            double lowValue = effect.estimate() - Z_975 * effect.standardError();
            double highValue = effect.estimate() + Z_975 * effect.standardError();
            double[] low = centralEffects.clone();
            low[e] = lowValue;
            double[] high = centralEffects.clone();
            high[e] = highValue;
            rows.add(row("effect:" + effect.instrument(), false, lowValue, highValue, compute(plan, central, low),
                    compute(plan, central, high)));
        }
        rows.sort(Comparator.comparingDouble(SensitivityRow::swing).reversed()
                .thenComparing(SensitivityRow::input));
        return List.copyOf(rows);
    }

    private static Outputs compute(EconomyPlan plan, Map<String, Double> values, double[] effectValues) {
        List<EffectEstimate> effects = plan.effects();
        Double caseness = plan.casenessEffect() == null ? null
                : effectValues[effects.indexOf(plan.casenessEffect())];
        return ValuationFormula.compute(plan, values, effectValues[0], caseness, Scaling.INTENTION_TO_TREAT);
    }

    private static SensitivityRow row(String input, boolean assumption, double lowInput, double highInput,
            Outputs low, Outputs high) {
        return new SensitivityRow(input, assumption, lowInput, highInput, low.socialValueDkk(), high.socialValueDkk(),
                low.socialReturnRatio(), high.socialReturnRatio(),
                Math.abs(high.socialValueDkk() - low.socialValueDkk()));
    }
}
