package dk.virkning.stats.controlled;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.distribution.CentralDistributions;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Analysis of covariance of post scores adjusted for pre scores, R's
 * {@code lm(post ~ pre + group)} with control as the reference level, fitted by least squares
 * (QR decomposition, Commons Math {@link OLSMultipleLinearRegression}); the estimate is the
 * intervention coefficient, with SE, t-based 95% interval and p on n − 3 degrees of freedom
 * (Vickers &amp; Altman 2001; R: {@code confint}). With exactly as many observations as coefficients
 * the estimate exists but its SE, interval and p do not.
 *
 * <p>Rank deficiency is handled as R's {@code lm} (pivoting QR with tolerance 1e-7) handles it for
 * this column order: a constant pre score is aliased with the intercept and dropped, leaving
 * post ~ group on n − 2 degrees of freedom; a pre score constant within each group makes the group
 * column aliased, and the group effect is then undefined ({@code null}).
 *
 * <p>When the model fits every observation exactly, the SE is 0 and the p-value 0 for a non-zero
 * difference and undefined ({@code null}) for a zero one; for the latter R prints a p-value of
 * rounding noise, with the warning "essentially perfect fit: summary may be unreliable".
 */
public final class Ancova {

    private static final double LEVEL = 0.95;
    /** R's lm tolerance on the column norm left after orthogonalisation, squared for sums of squares. */
    private static final double ALIASED = 1e-7 * 1e-7;
    /**
     * A residual sum of squares below this share of the outcome's sum of squares is rounding error
     * of an exact fit (residual norm below 1e-10 of the outcome's).
     */
    private static final double EXACT_FIT = 1e-20;

    private Ancova() {
    }

    /**
     * Fits the model to complete observations (no NaN).
     *
     * @param pre          pre scores
     * @param post         post scores
     * @param intervention true for the intervention group, false for control
     * @return the adjusted difference, or {@code null} when it cannot be estimated
     */
    public static AncovaResult fit(double[] pre, double[] post, boolean[] intervention) {
        int n = pre.length;
        if (n < 3) {
            return null;
        }
        double[] group = new double[n];
        for (int i = 0; i < n; i++) {
            group[i] = intervention[i] ? 1.0 : 0.0;
        }
        boolean preAliased = residualSumOfSquares(pre, null) <= ALIASED * sumOfSquares(pre);
        if (!preAliased && residualSumOfSquares(group, pre) <= ALIASED * sumOfSquares(group)) {
            return null;
        }
        if (preAliased && residualSumOfSquares(group, null) <= ALIASED * sumOfSquares(group)) {
            return null;
        }
        double[][] design = new double[n][];
        for (int i = 0; i < n; i++) {
            design[i] = preAliased ? new double[] {group[i]} : new double[] {pre[i], group[i]};
        }
        int parameters = design.length == 0 ? 0 : design[0].length + 1;
        double df = n - parameters;
        if (df < 0) {
            return null;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(post, design);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        int g = parameters - 1;
        if (df == 0 || !Double.isFinite(se[g])) {
            return new AncovaResult(beta[g], null, null, null, df); // an exact fit: no residual variance
        }
        double scale = sumOfSquares(post);
        if (ols.calculateResidualSumOfSquares() <= EXACT_FIT * scale) {
            // The model fits every point (possible with n = 4), so the SE is 0: a real difference is
            // certain (t infinite, p = 0, as R's p of about 1e-16 says), but no difference gives
            // t = 0/0, undefined (null). There R's summary.lm prints a p-value made of rounding
            // error, with the warning "essentially perfect fit", that no other arithmetic reproduces.
            if (beta[g] * beta[g] <= EXACT_FIT * scale) {
                // rounding error of a zero, which would otherwise read as an interval excluding 0
                return new AncovaResult(0.0, 0.0, Interval.around(0.0, 0.0), null, df);
            }
            return new AncovaResult(beta[g], 0.0, Interval.around(beta[g], 0.0), 0.0, df);
        }
        double t = beta[g] / se[g];
        double q = CentralDistributions.tQuantile(1 - (1 - LEVEL) / 2, df);
        return new AncovaResult(beta[g], se[g], Interval.around(beta[g], q * se[g]),
                CentralDistributions.tTwoSidedP(t, df), df);
    }

    private static double sumOfSquares(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    /**
     * Residual sum of squares of {@code y} regressed on an intercept and, if given, on {@code x}:
     * what is left of the column after orthogonalising it against the columns before it.
     */
    private static double residualSumOfSquares(double[] y, double[] x) {
        int n = y.length;
        double my = 0;
        double mx = 0;
        for (int i = 0; i < n; i++) {
            my += y[i];
            mx += x == null ? 0 : x[i];
        }
        my /= n;
        mx /= n;
        double syy = 0;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dy = y[i] - my;
            double dx = x == null ? 0 : x[i] - mx;
            syy += dy * dy;
            sxy += dx * dy;
            sxx += dx * dx;
        }
        return sxx > 0 ? syy - sxy * sxy / sxx : syy;
    }
}
