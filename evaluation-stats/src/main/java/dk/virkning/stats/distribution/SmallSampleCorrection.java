package dk.virkning.stats.distribution;

import org.apache.commons.math3.special.Gamma;

/**
 * Hedges' (1981) exact small-sample correction factor
 * J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)), which turns Cohen's d into the unbiased Hedges' g.
 *
 * <p>Computed on the log scale as {@code effectsize} 0.8.3 and {@code metafor} do:
 * exp(lnΓ(df/2) − ln√(df/2) − lnΓ((df − 1)/2)). At df = 1 the term Γ(0) is infinite, and the two
 * packages then differ: {@code effectsize} carries the infinity through and gets J(1) = 0 (so
 * {@code hedges_g} with n = 2 reports g = 0), while {@code metafor} and the plain Γ ratio leave it
 * undefined. {@link #effectsize} follows the first, {@link #ofDegreesOfFreedom} the second.
 */
public final class SmallSampleCorrection {

    private SmallSampleCorrection() {
    }

    /** J(df) for df &gt; 1; {@code null} for df ≤ 1, where Γ((df − 1)/2) is undefined. */
    public static Double ofDegreesOfFreedom(double df) {
        if (!(df > 1)) {
            return null;
        }
        return logRatio(df);
    }

    /**
     * J(df) as {@code effectsize::hedges_g} computes it: 0 at df = 1 (lnΓ(0) = ∞), {@code null} for
     * df &lt; 1.
     */
    public static Double effectsize(double df) {
        if (df == 1.0) {
            return 0.0;
        }
        return ofDegreesOfFreedom(df);
    }

    private static double logRatio(double df) {
        return Math.exp(Gamma.logGamma(df / 2) - Math.log(Math.sqrt(df / 2)) - Gamma.logGamma((df - 1) / 2));
    }
}
