package dk.virkning.stats.distribution;

import dk.virkning.stats.describe.Interval;

/**
 * Confidence interval for the noncentrality parameter δ of a t statistic by test inversion
 * ("pivoting the noncentral t", Steiger &amp; Fouladi 1997; Cumming &amp; Finch 2001): the bounds are the
 * δ at which the observed t is the upper and the lower (1 − level)/2 quantile, i.e. the roots of
 * P(T ≤ t; df, δ) = 1 − α/2 (lower bound) and = α/2 (upper bound).
 *
 * <p>The roots are searched exactly as {@code effectsize} 0.8.3's {@code .get_ncp_t} searches them,
 * because that is what the effect-size intervals must agree with: both bounds at once, by
 * minimising |max(pᵢ) − (1 − α/2)| + |min(pᵢ) − α/2| over (δ₁, δ₂) with pᵢ = P(T ≤ t; df, δᵢ),
 * starting from δ₁ = δ₂ = 1.1·t, with R's Nelder–Mead ({@link NelderMeadAsInR}, absolute tolerance
 * 1e-9); the result is sorted. Usually this lands within 1e-8 of the exact roots; when t is close to
 * 0 it can stop a few thousandths away, and with df = 1 and a very large t far away, and then this
 * class reproduces R's stopping point rather than the root.
 */
public final class NoncentralityInterval {

    private static final double ABSOLUTE_TOLERANCE = 1e-9;

    private NoncentralityInterval() {
    }

    /**
     * The {@code level} interval for δ given the observed {@code t} with {@code df} degrees of freedom;
     * {@code null} if t is not finite or df not positive (R stops with an error there).
     */
    public static Interval of(double t, double df, double level) {
        if (!Double.isFinite(t) || !(df > 0) || !(level > 0 && level < 1)) {
            return null;
        }
        double upperP = 1 - (1 - level) / 2;
        double lowerP = (1 - level) / 2;
        NoncentralT.AtQuantile cdf = new NoncentralT.AtQuantile(t, df);
        double[] ncp = NelderMeadAsInR.minimise(x -> {
            double p1 = cdf.cdf(x[0]);
            double p2 = cdf.cdf(x[1]);
            return Math.abs(Math.max(p1, p2) - upperP) + Math.abs(Math.min(p1, p2) - lowerP);
        }, new double[] {1.1 * t, 1.1 * t}, ABSOLUTE_TOLERANCE);
        if (ncp == null) {
            return null;
        }
        return new Interval(Math.min(ncp[0], ncp[1]), Math.max(ncp[0], ncp[1]));
    }
}
