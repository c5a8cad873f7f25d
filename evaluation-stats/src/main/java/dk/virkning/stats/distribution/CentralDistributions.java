package dk.virkning.stats.distribution;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The central distributions the tests need, from Commons Math 3, in the forms R uses: two-sided and
 * upper-tail probabilities computed directly from the tail (not as 1 − cdf), so that small p-values
 * keep their relative precision. The distributions are built without a random generator, which
 * Commons Math would otherwise seed on every construction.
 */
public final class CentralDistributions {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    private static final double QUANTILE_ACCURACY = 1e-12;

    private CentralDistributions() {
    }

    /** Φ(z). */
    public static double normalCdf(double z) {
        return STANDARD_NORMAL.cumulativeProbability(z);
    }

    /** Φ⁻¹(p). */
    public static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** 2·Φ(−|z|): the two-sided p-value of a z statistic. */
    public static double normalTwoSidedP(double z) {
        return 2.0 * normalCdf(-Math.abs(z));
    }

    /** P(T ≤ t) for central t with {@code df} degrees of freedom. */
    public static double tCdf(double t, double df) {
        return t(df).cumulativeProbability(t);
    }

    /** 2·P(T ≥ |t|): the two-sided p-value of a t statistic. */
    public static double tTwoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return 2.0 * t(df).cumulativeProbability(-Math.abs(t));
    }

    /** The p-quantile of central t with {@code df} degrees of freedom. */
    public static double tQuantile(double p, double df) {
        return t(df).inverseCumulativeProbability(p);
    }

    /** P(X² ≥ x) for chi-square with {@code df} degrees of freedom (regularised upper gamma). */
    public static double chiSquaredUpper(double x, double df) {
        if (x <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /**
     * P(F ≥ f) for F with {@code df1} and {@code df2} degrees of freedom, from the upper tail:
     * I_x(df2/2, df1/2) with x = df2/(df2 + df1·f) (regularised incomplete beta; Abramowitz &amp;
     * Stegun 26.6.2).
     */
    public static double fUpper(double f, double df1, double df2) {
        if (f <= 0) {
            return 1.0;
        }
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
    }

    private static TDistribution t(double df) {
        return new TDistribution(null, df, QUANTILE_ACCURACY);
    }
}
