package dk.virkning.stats.economy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Seeded Monte Carlo of a valuation.
 *
 * <p>One {@link Well19937c} generator seeded with the recorded seed feeds every draw, in a
 * fixed order: per draw, each uncertain parameter of the plan in valuation-set order (from
 * its UNIFORM or TRIANGULAR distribution between low and high, mode at the value), then
 * each effect from Normal(estimate, SE) (an effect with SE 0 is not drawn). Parameters and
 * effects are drawn independently. Each output's draws are summarised by the mean, the
 * median and the 2.5 % and 97.5 % percentiles (R's quantile type 7), each percentile with its
 * Monte Carlo standard error ({@link #percentileError}). With a registered cost it also reports the
 * share of draws in which the social value, and the well-being value, exceed the cost: the
 * probability, given the model and its inputs, that the project returns more than it cost.
 *
 * <p>Cost per WELLBY is C / WELLBYs, a decreasing function of WELLBYs when they are
 * positive, so its median and bounds are C divided by the WELLBYs' median, 97.5 % and
 * 2.5 % percentiles (equal to its own percentiles up to interpolation between neighbouring
 * draws). A bound whose WELLBY percentile is not positive is null: unbounded. Its mean is
 * not reported.
 */
final class MonteCarlo {

    private MonteCarlo() {
    }

    static MonteCarloSummary run(EconomyPlan plan, MonteCarloSettings settings) {
        RandomGenerator random = new Well19937c(settings.seed());
        Map<String, Double> values = new HashMap<>();
        Map<String, RealDistribution> samplers = new LinkedHashMap<>();
        for (Parameter parameter : plan.parameters()) {
            values.put(parameter.id(), parameter.value());
            if (parameter.uncertain()) {
                samplers.put(parameter.id(), parameter.sampler(random));
            }
        }
        List<EffectEstimate> effects = plan.effects();
        List<RealDistribution> effectSamplers = new ArrayList<>();
        for (EffectEstimate effect : effects) {
            effectSamplers.add(effect.standardError() > 0
                    ? new NormalDistribution(random, effect.estimate(), effect.standardError())
                    : null);
        }

        int draws = settings.draws();
        Map<Output, double[]> samples = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            samples.put(output, new double[draws]);
        }
        Map<Output, Boolean> defined = new EnumMap<>(Output.class);
        double[] effectValues = new double[effects.size()];
        for (int i = 0; i < draws; i++) {
            for (Map.Entry<String, RealDistribution> sampler : samplers.entrySet()) {
                values.put(sampler.getKey(), sampler.getValue().sample());
            }
            for (int e = 0; e < effects.size(); e++) {
                RealDistribution sampler = effectSamplers.get(e);
                effectValues[e] = sampler == null ? effects.get(e).estimate() : sampler.sample();
            }
            Outputs outputs = ValuationFormula.compute(plan, values, effectValues[0],
                    plan.casenessEffect() == null ? null : effectValues[effects.indexOf(plan.casenessEffect())],
                    Scaling.INTENTION_TO_TREAT);
            for (Output output : Output.values()) {
                Double value = output.of(outputs);
                if (value != null) {
                    samples.get(output)[i] = value;
                    defined.put(output, true);
                }
            }
        }

        Map<Output, OutputDistribution> intervals = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            if (output != Output.COST_PER_WELLBY_DKK && defined.getOrDefault(output, false)) {
                intervals.put(output, summarise(samples.get(output)));
            }
        }
        Double socialExceedsCost = null;
        Double wellbeingExceedsCost = null;
        if (plan.costDkk() != null) {
            intervals.put(Output.COST_PER_WELLBY_DKK, costPerWellby(plan.costDkk(), intervals.get(Output.WELLBYS)));
            socialExceedsCost = shareAbove(samples.get(Output.SOCIAL_VALUE_DKK), plan.costDkk());
            wellbeingExceedsCost = shareAbove(samples.get(Output.WELLBEING_VALUE_DKK), plan.costDkk());
        }
        return new MonteCarloSummary(settings.seed(), draws, intervals, socialExceedsCost, wellbeingExceedsCost);
    }

    /** The share of draws strictly above the threshold. */
    private static double shareAbove(double[] sample, double threshold) {
        long above = Arrays.stream(sample).filter(v -> v > threshold).count();
        return (double) above / sample.length;
    }

    private static OutputDistribution summarise(double[] sample) {
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(sample);
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new OutputDistribution(new Mean().evaluate(sample), percentile.evaluate(50), percentile.evaluate(2.5),
                percentile.evaluate(97.5), percentileError(sorted, 0.025), percentileError(sorted, 0.975));
    }

    /**
     * Monte Carlo standard error of the p-quantile of N draws, from the distribution-free 95%
     * interval of a quantile by order statistics (Conover 1999, §3.2; Koehler, Brown &amp; Haneuse
     * 2009): the ranks Np ± 1.96√(Np(1 − p)) bound it, and half their distance over 1.96 is its SE.
     */
    static double percentileError(double[] sorted, double p) {
        int n = sorted.length;
        double spread = 1.959963984540054 * Math.sqrt(n * p * (1 - p));
        int low = Math.max(1, (int) Math.floor(n * p - spread));
        int high = Math.min(n, (int) Math.ceil(n * p + spread));
        return (sorted[high - 1] - sorted[low - 1]) / (2 * 1.959963984540054);
    }

    private static OutputDistribution costPerWellby(double cost, OutputDistribution wellbys) {
        return new OutputDistribution(null, divide(cost, wellbys.median()), divide(cost, wellbys.upper()),
                divide(cost, wellbys.lower()));
    }

    private static Double divide(double cost, double wellbys) {
        return wellbys > 0 ? cost / wellbys : null;
    }
}
