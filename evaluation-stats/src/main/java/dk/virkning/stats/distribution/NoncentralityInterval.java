package dk.virkning.stats.distribution;

import dk.virkning.stats.describe.Interval;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Confidence interval for the noncentrality parameter δ of a t statistic by test inversion
 * ("pivoting the noncentral t", Steiger &amp; Fouladi 1997; Cumming &amp; Finch 2001): the bounds are the
 * δ at which the observed t is the upper and the lower (1 − level)/2 quantile, i.e. the roots of
 * P(T ≤ t; df, δ) = 1 − α/2 (lower bound) and = α/2 (upper bound).
 *
 * <p>This is what {@code effectsize:::.get_ncp_t} computes (it minimises |pt − p| with Nelder–Mead;
 * its optimum is these roots to about 1e-9). Here each root is bracketed by stepping out from a
 * normal approximation and then found with Commons Math's {@link BrentSolver}, because
 * P(T ≤ t; δ) decreases monotonically in δ.
 */
public final class NoncentralityInterval {

    private NoncentralityInterval() {
    }

    private static final int MAX_EVALUATIONS = 200;
    private static final int MAX_BRACKET_STEPS = 60;

    /**
     * The {@code level} interval for δ given the observed {@code t} with {@code df} degrees of freedom;
     * {@code null} if t or df is not finite and positive or a root cannot be bracketed.
     */
    public static Interval of(double t, double df, double level) {
        if (!Double.isFinite(t) || !(df > 0) || !(level > 0 && level < 1)) {
            return null;
        }
        double alpha = 1 - level;
        double spread = Math.sqrt(1 + t * t / (2 * df));
        double z = CentralDistributions.normalQuantile(1 - alpha / 2);
        Double lower = root(t, df, 1 - alpha / 2, t - z * spread, spread);
        Double upper = root(t, df, alpha / 2, t + z * spread, spread);
        if (lower == null || upper == null) {
            return null;
        }
        return new Interval(Math.min(lower, upper), Math.max(lower, upper));
    }

    /** The δ with P(T ≤ t; df, δ) = p, searched from {@code guess} in steps starting at {@code step}. */
    private static Double root(double t, double df, double p, double guess, double step) {
        UnivariateFunction f = ncp -> NoncentralT.cdf(t, df, ncp) - p;
        double fGuess = f.value(guess);
        if (fGuess == 0) {
            return guess;
        }
        // f decreases in δ: if f > 0 the root lies above the guess, otherwise below.
        double direction = fGuess > 0 ? 1 : -1;
        double near = guess;
        double far = guess;
        double width = step * 0.25;
        for (int i = 0; i < MAX_BRACKET_STEPS; i++) {
            far = near + direction * width;
            double fFar = f.value(far);
            if (fFar == 0) {
                return far;
            }
            if (Math.signum(fFar) != Math.signum(fGuess)) {
                try {
                    UnivariateSolver solver = new BrentSolver(1e-14, 1e-12, 1e-15);
                    return solver.solve(MAX_EVALUATIONS, f, Math.min(near, far), Math.max(near, far));
                } catch (MathIllegalStateException e) {
                    return null;
                }
            }
            near = far;
            width *= 2;
        }
        return null;
    }
}
