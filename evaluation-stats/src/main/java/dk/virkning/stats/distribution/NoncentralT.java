package dk.virkning.stats.distribution;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import java.util.Arrays;
import org.apache.commons.math3.util.FastMath;

/**
 * Cumulative distribution function of the noncentral t distribution.
 *
 * <p>Commons Math 3 has only the central t distribution, so this class implements algorithm AS 243
 * (Lenth 1989, Applied Statistics 38:185–189) the way R's {@code pnt()} (R 4.2, nmath/pnt.c) does,
 * on Commons Math's {@link Beta#regularizedBeta} and {@link Gamma#logGamma}. Following R exactly
 * matters more than following the paper: effect-size confidence intervals are the noncentrality
 * parameters at which this function equals 0.025 and 0.975, and they must agree with R's
 * {@code effectsize} package. The R-specific parts reproduced here are:
 * <ul>
 *   <li>for t &lt; 0 the reflection P(T ≤ t; δ) = 1 − P(T ≤ −t; −δ), returning 0 at once when δ &gt; 40;</li>
 *   <li>for df &gt; 4·10⁵ or δ² &gt; 2·ln 2·1021 (|δ| &gt; 37.62) the normal approximation of Abramowitz
 *       and Stegun 26.7.10: Φ((t(1 − 1/(4df)) − δ) / √(1 + t²/(2df)));</li>
 *   <li>otherwise Guenther's (1978) twin series of incomplete beta functions, summed until the error
 *       bound falls below 1e-12 or 1000 terms, with the rounding-error stop of R 2.4.0;</li>
 *   <li>the result capped at 1.</li>
 * </ul>
 * The series accumulates in double precision where R uses long double; the difference is far below
 * the 1e-4 tolerance of the effect-size intervals.
 */
public final class NoncentralT {

    private static final int MAX_TERMS = 1000;
    private static final double ERROR_BOUND = 1e-12;
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double LN_SQRT_PI = 0.5 * Math.log(Math.PI);
    /** δ² above which the series underflows: 2·ln(2)·(−DBL_MIN_EXP) with DBL_MIN_EXP = −1021. */
    private static final double NORMAL_APPROXIMATION_DELTA_SQUARED = 2 * Math.log(2) * 1021;

    private NoncentralT() {
    }

    /**
     * P(T ≤ t) for T noncentral t with {@code df} degrees of freedom and noncentrality {@code ncp}.
     *
     * @return the probability, or NaN when {@code df ≤ 0}
     */
    public static double cdf(double t, double df, double ncp) {
        return new AtQuantile(t, df).cdf(ncp);
    }

    /**
     * P(T ≤ t; df, δ) as a function of δ for one t and df. In Guenther's series the incomplete beta
     * terms depend on t and df only and the Poisson weights on δ only, so the beta terms are computed
     * once and reused for every δ; the result is bit-for-bit that of {@link NoncentralT#cdf}. This is
     * what makes the interval search ({@link NoncentralityInterval}), which evaluates hundreds of δ
     * for one t, cheap. Not thread-safe: the terms are cached as they are first needed.
     */
    public static final class AtQuantile {

        private final double t;
        private final double df;
        private final double x;
        private final double rxb;
        /** Series terms after iteration i (index 0 = initial values), filled lazily. */
        private double[] xodd;
        private double[] xeven;
        private double[] godd;
        /** The even-series increment of the last computed iteration. */
        private double geven;
        private int computed = -1;

        public AtQuantile(double t, double df) {
            this.t = t;
            this.df = df;
            double tt = t * t;
            this.rxb = df / (tt + df); // 1 − x, computed without cancellation
            this.x = tt / (tt + df);
        }

        public double cdf(double ncp) {
            if (!(df > 0)) {
                return Double.NaN;
            }
            if (ncp == 0.0) {
                return CentralDistributions.tCdf(t, df);
            }
            if (Double.isInfinite(t)) {
                return t < 0 ? 0.0 : 1.0;
            }
            boolean reflected = t < 0;
            if (reflected && ncp > 40) {
                return 0.0;
            }
            double tt = reflected ? -t : t;
            double del = reflected ? -ncp : ncp;
            boolean lowerTail = !reflected;

            if (df > 4e5 || del * del > NORMAL_APPROXIMATION_DELTA_SQUARED) {
                double s = 1.0 / (4.0 * df);
                double z = (tt * (1.0 - s) - del) / Math.sqrt(1.0 + tt * tt * 2.0 * s);
                return lowerTail ? CentralDistributions.normalCdf(z) : CentralDistributions.normalCdf(-z);
            }

            double tnc = twinSeries(del);
            if (Double.isNaN(tnc)) {
                return 0.0; // exp(−δ²/2) underflowed; R returns 0 for the requested (lower) tail here
            }
            tnc += CentralDistributions.normalCdf(-del);
            tnc = Math.min(tnc, 1.0);
            return lowerTail ? tnc : 0.5 - tnc + 0.5;
        }

        /** Guenther's series for P(0 ≤ T ≤ |t|; δ); NaN if the Poisson weight underflows. */
        private double twinSeries(double del) {
            if (!(x > 0.0)) {
                return 0.0;
            }
            double lambda = del * del;
            double p = 0.5 * Math.exp(-0.5 * lambda);
            if (p == 0.0) {
                return Double.NaN;
            }
            double q = SQRT_2_OVER_PI * p * del;
            double s = 0.5 - p;
            if (s < 1e-7) {
                s = -0.5 * FastMath.expm1(-0.5 * lambda);
            }
            ensureTerms(0);
            double tnc = p * xodd[0] + q * xeven[0];
            for (int it = 1; it <= MAX_TERMS; it++) {
                ensureTerms(it);
                p *= lambda / (2 * it);
                q *= lambda / (2 * it + 1);
                tnc += p * xodd[it] + q * xeven[it];
                s -= p;
                if (s < -1e-10) {
                    break; // rounding error has taken over; R stops here too
                }
                if (s <= 0 && it > 1) {
                    break;
                }
                double errbd = 2.0 * s * (xodd[it] - godd[it]);
                if (Math.abs(errbd) < ERROR_BOUND) {
                    break;
                }
            }
            return tnc;
        }

        /** Makes the beta terms up to iteration {@code it} available, in R's order of operations. */
        private void ensureTerms(int it) {
            if (it <= computed) {
                return;
            }
            if (computed < 0) {
                initialTerms();
            }
            double b = 0.5 * df;
            while (computed < it) {
                int i = computed + 1;
                if (i == xodd.length) {
                    int size = Math.min(2 * xodd.length, MAX_TERMS + 1);
                    xodd = Arrays.copyOf(xodd, size);
                    xeven = Arrays.copyOf(xeven, size);
                    godd = Arrays.copyOf(godd, size);
                }
                double a = 0.5 + i;
                xodd[i] = xodd[i - 1] - godd[i - 1];
                xeven[i] = xeven[i - 1] - geven;
                godd[i] = godd[i - 1] * (x * (a + b - 1.0) / a);
                geven *= x * (a + b - 0.5) / (a + 0.5);
                computed = i;
            }
        }

        /**
         * The terms before the first iteration. Kept out of {@link #ensureTerms} because it runs once
         * per t: inlined there, the incomplete beta function made the hot loop slow to compile.
         */
        private void initialTerms() {
            double b = 0.5 * df;
            xodd = new double[64];
            xeven = new double[64];
            godd = new double[64];
            double rxbPow = Math.pow(rxb, b);
            double albeta = LN_SQRT_PI + Gamma.logGamma(b) - Gamma.logGamma(0.5 + b);
            xodd[0] = Beta.regularizedBeta(x, 0.5, b);
            godd[0] = 2.0 * rxbPow * Math.exp(0.5 * Math.log(x) - albeta);
            double bx = b * x;
            xeven[0] = bx < Math.ulp(1.0) ? bx : 1.0 - rxbPow;
            geven = bx * rxbPow;
            computed = 0;
        }
    }
}
