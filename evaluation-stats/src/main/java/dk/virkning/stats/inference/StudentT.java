package dk.virkning.stats.inference;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.describe.Sample;
import dk.virkning.stats.distribution.CentralDistributions;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Student's one-sample / paired t-test and Welch's two-sample t-test, as R's {@code t.test}
 * computes them (two-sided, 95% interval = (t ± t₀.₉₇₅,df) · SE).
 *
 * <p>R stops with "data are essentially constant" when the standard error is negligible; here the
 * result is {@code null} then, with the contract's rule for a zero standard deviation
 * ({@link Sample#isNegligible}).
 */
public final class StudentT {

    private static final double LEVEL = 0.95;

    private StudentT() {
    }

    /**
     * The paired t-test of post − pre, i.e. the one-sample test of {@code change} against 0
     * (R: {@code t.test(post, pre, paired = TRUE)}): t = mean / (sd/√n), df = n − 1.
     * {@code null} when n &lt; 2 or the changes have no spread (a mean change of exactly 0 with zero
     * spread, where R returns NaN, is undefined too).
     */
    public static TTestResult paired(double[] change) {
        int n = change.length;
        if (n < 2) {
            return null;
        }
        double mean = StatUtils.mean(change);
        double sd = Math.sqrt(StatUtils.variance(change, mean));
        if (Sample.isNegligible(sd, mean)) {
            return null;
        }
        return test(mean, sd / Math.sqrt(n), n - 1);
    }

    /**
     * Welch's unequal-variance t-test of mean(x) − mean(y) (Welch 1947; R: {@code t.test(x, y)}):
     * SE = √(s₁²/n₁ + s₂²/n₂), df = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).
     * {@code null} when a sample has fewer than two values or both have no spread.
     */
    public static TTestResult welch(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 < 2 || n2 < 2) {
            return null;
        }
        double mean1 = StatUtils.mean(x);
        double mean2 = StatUtils.mean(y);
        double a = StatUtils.variance(x, mean1) / n1;
        double b = StatUtils.variance(y, mean2) / n2;
        double se = Math.sqrt(a + b);
        if (Sample.isNegligible(se, Math.max(Math.abs(mean1), Math.abs(mean2)))) {
            return null;
        }
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        return test(mean1 - mean2, se, df);
    }

    private static TTestResult test(double difference, double se, double df) {
        double t = difference / se;
        double p = CentralDistributions.tTwoSidedP(t, df);
        double q = CentralDistributions.tQuantile(1 - (1 - LEVEL) / 2, df);
        Interval ci = new Interval((t - q) * se, (t + q) * se);
        return new TTestResult(t, df, p, ci);
    }
}
