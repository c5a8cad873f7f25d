package dk.virkning.stats.effectsize;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.describe.Sample;
import dk.virkning.stats.distribution.NoncentralityInterval;
import dk.virkning.stats.distribution.SmallSampleCorrection;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Cohen's d and Hedges' g with noncentral-t confidence intervals, as {@code effectsize} 0.8.3's
 * {@code cohens_d} and {@code hedges_g} compute them (two-sided, 95%).
 *
 * <p>For a mean difference D with standard deviation s, standard error s·√h and df degrees of
 * freedom: d = D / s; t = D / (s·√h); the interval for the noncentrality δ of t
 * ({@link NoncentralityInterval}) is turned into an interval for d by multiplying with √h; g and its
 * interval are d and its interval multiplied by J(df) ({@link SmallSampleCorrection#effectsize}).
 * References: Cohen (1988); Hedges (1981); Lakens (2013); Steiger &amp; Fouladi (1997).
 */
public final class CohensD {

    static final double LEVEL = 0.95;

    private CohensD() {
    }

    /**
     * d_z and g_z of paired differences: D = mean(change), s = sd(change), h = 1/n, df = n − 1
     * ({@code cohens_d(post, pre, paired = TRUE)}). Undefined when n &lt; 2 or the standard deviation of
     * the changes counts as zero ({@link Sample#isNegligible}).
     */
    public static StandardizedDifference paired(double[] change) {
        int n = change.length;
        if (n < 2) {
            return StandardizedDifference.UNDEFINED;
        }
        double mean = StatUtils.mean(change);
        double sd = Math.sqrt(StatUtils.variance(change, mean));
        if (Sample.isNegligible(sd, mean)) {
            return StandardizedDifference.UNDEFINED;
        }
        return standardize(mean, sd, 1.0 / n, n - 1);
    }

    /**
     * d and g of two independent samples with the pooled standard deviation
     * s = √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)), h = 1/n₁ + 1/n₂, df = n₁ + n₂ − 2
     * ({@code hedges_g(x, y)}): the difference is mean(x) − mean(y). Undefined when a sample is empty,
     * df &lt; 1, or the pooled standard deviation counts as zero.
     */
    public static StandardizedDifference twoSample(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 < 1 || n2 < 1 || n1 + n2 < 3) {
            return StandardizedDifference.UNDEFINED;
        }
        double mean1 = StatUtils.mean(x);
        double mean2 = StatUtils.mean(y);
        double ss1 = n1 < 2 ? 0.0 : StatUtils.variance(x, mean1) * (n1 - 1);
        double ss2 = n2 < 2 ? 0.0 : StatUtils.variance(y, mean2) * (n2 - 1);
        double df = n1 + n2 - 2;
        double pooledSd = Math.sqrt((ss1 + ss2) / df);
        double difference = mean1 - mean2;
        if (Sample.isNegligible(pooledSd, Math.max(Math.abs(mean1), Math.abs(mean2)))) {
            return StandardizedDifference.UNDEFINED;
        }
        return standardize(difference, pooledSd, 1.0 / n1 + 1.0 / n2, df);
    }

    private static StandardizedDifference standardize(double difference, double sd, double h, double df) {
        double d = difference / sd;
        double t = difference / (sd * Math.sqrt(h));
        Interval ncp = NoncentralityInterval.of(t, df, LEVEL);
        Interval dCi = ncp == null ? null : ncp.scaled(Math.sqrt(h));
        Double j = SmallSampleCorrection.effectsize(df);
        Double g = j == null ? null : d * j;
        Interval gCi = j == null || dCi == null ? null : new Interval(dCi.lower() * j, dCi.upper() * j);
        return new StandardizedDifference(d, dCi, g, gCi);
    }
}
