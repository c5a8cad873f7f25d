package dk.virkning.stats.describe;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Descriptive statistics of plain {@code double[]} samples, computed as R computes them: the mean
 * with a second-pass correction, the sample variance with denominator n − 1 (two-pass), and Pearson's
 * r as a two-pass covariance over the product of the standard deviations, clamped to [−1, 1].
 *
 * <p>Undefined values are {@code null}: a standard deviation needs n ≥ 2, a correlation needs two
 * non-zero standard deviations.
 */
public final class Sample {

    /** Relative size below which a standard deviation counts as zero (see {@link #isNegligible}). */
    public static final double NEGLIGIBLE_SD = 1e-9;

    private Sample() {
    }

    /** Arithmetic mean; {@code null} for an empty sample. */
    public static Double mean(double[] x) {
        return x.length == 0 ? null : StatUtils.mean(x);
    }

    /** Sample standard deviation (denominator n − 1); {@code null} when n &lt; 2. */
    public static Double sd(double[] x) {
        return x.length < 2 ? null : Math.sqrt(StatUtils.variance(x));
    }

    /**
     * Whether a standard deviation counts as zero: {@code sd < 1e-9 · max(1, |mean|)}. Differences of
     * decimal scores that are equal on paper can differ in the last bit, so an exact comparison with
     * zero would make "constant change" depend on rounding noise.
     */
    public static boolean isNegligible(double sd, double mean) {
        return sd < NEGLIGIBLE_SD * Math.max(1.0, Math.abs(mean));
    }

    /**
     * Pearson's product-moment correlation; {@code null} when n &lt; 3 (two points always lie on a line,
     * so r = ±1 carries no information and R's {@code cor.test} refuses it) or when either standard
     * deviation counts as zero.
     */
    public static Double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in length: " + x.length + " and " + y.length);
        }
        if (x.length < 3) {
            return null;
        }
        double sdX = Math.sqrt(StatUtils.variance(x));
        double sdY = Math.sqrt(StatUtils.variance(y));
        if (isNegligible(sdX, StatUtils.mean(x)) || isNegligible(sdY, StatUtils.mean(y))) {
            return null;
        }
        double r = new Covariance().covariance(x, y, true) / (sdX * sdY);
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
