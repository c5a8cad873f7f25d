package dk.virkning.stats.distribution;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead minimiser of R's {@code optim(method = "Nelder-Mead")} (function {@code nmmin}
 * in R's src/appl/optim.c, after Nash 1990, Compact Numerical Methods, Algorithm 19), with R's
 * defaults α = 1, β = ½, γ = 2, relative tolerance √ε and at most 500 function evaluations.
 *
 * <p>Why not Commons Math's {@code NelderMeadSimplex}: R's variant builds its first simplex with a
 * step of 0.1·max|xᵢ|, contracts even after a reflection that only beat the worst vertex, and stops
 * when the spread of function values falls below √ε·(|f(x₀)| + √ε) or the best value below
 * {@code abstol}. {@code effectsize}'s confidence intervals are where <em>this</em> minimiser stops,
 * which is not always the exact root (for t near 0 it stops up to 2e-3 away), so agreeing with R to
 * 1e-4 needs the same steps. Only the parts optim uses for a two-parameter problem without
 * parameter scaling are kept.
 */
final class NelderMeadAsInR {

    private static final double ALPHA = 1.0;
    private static final double BETA = 0.5;
    private static final double GAMMA = 2.0;
    private static final double RELATIVE_TOLERANCE = Math.sqrt(Math.ulp(1.0));
    private static final int MAX_EVALUATIONS = 500;
    private static final double BIG = 1.0e35;

    private NelderMeadAsInR() {
    }

    /**
     * Minimises {@code f} from {@code start}; returns the best vertex found, or {@code null} when
     * f is not finite at the start (R stops with an error there).
     */
    static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double absoluteTolerance) {
        int n = start.length;
        double[] b = start.clone();
        double f0 = f.applyAsDouble(b);
        if (!Double.isFinite(f0)) {
            return null;
        }
        int evaluations = 1;
        double convergenceTolerance = RELATIVE_TOLERANCE * (Math.abs(f0) + RELATIVE_TOLERANCE);
        int n1 = n + 1;
        int c = n + 2;
        // p[i][j]: coordinate i of vertex j; row n holds the function values; column c − 1 the centroid.
        double[][] p = new double[n1][n + 2];
        p[n1 - 1][0] = f0;
        for (int i = 0; i < n; i++) {
            p[i][0] = b[i];
        }
        int low = 1;
        double step = 0;
        for (int i = 0; i < n; i++) {
            step = Math.max(step, 0.1 * Math.abs(b[i]));
        }
        if (step == 0.0) {
            step = 0.1;
        }
        double size = 0;
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) {
                p[i][j - 1] = b[i];
            }
            double tryStep = step;
            while (p[j - 2][j - 1] == b[j - 2]) {
                p[j - 2][j - 1] = b[j - 2] + tryStep;
                tryStep *= 10;
            }
            size += tryStep;
        }
        double oldSize = size;
        boolean computeVertices = true;
        do {
            if (computeVertices) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != low) {
                        for (int i = 0; i < n; i++) {
                            b[i] = p[i][j];
                        }
                        p[n1 - 1][j] = finite(f.applyAsDouble(b));
                        evaluations++;
                    }
                }
                computeVertices = false;
            }
            double vLow = p[n1 - 1][low - 1];
            double vHigh = vLow;
            int high = low;
            for (int j = 1; j <= n1; j++) {
                if (j != low) {
                    double v = p[n1 - 1][j - 1];
                    if (v < vLow) {
                        low = j;
                        vLow = v;
                    }
                    if (v > vHigh) {
                        high = j;
                        vHigh = v;
                    }
                }
            }
            if (vHigh <= vLow + convergenceTolerance || vLow <= absoluteTolerance) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double temp = -p[i][high - 1];
                for (int j = 0; j < n1; j++) {
                    temp += p[i][j];
                }
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) {
                b[i] = (1.0 + ALPHA) * p[i][c - 1] - ALPHA * p[i][high - 1];
            }
            double vReflected = finite(f.applyAsDouble(b));
            evaluations++;
            if (vReflected < vLow) {
                p[n1 - 1][c - 1] = vReflected;
                for (int i = 0; i < n; i++) {
                    double extended = GAMMA * b[i] + (1 - GAMMA) * p[i][c - 1];
                    p[i][c - 1] = b[i];
                    b[i] = extended;
                }
                double vExtended = finite(f.applyAsDouble(b));
                evaluations++;
                if (vExtended < vReflected) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = vExtended;
                } else {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = p[i][c - 1];
                    }
                    p[n1 - 1][high - 1] = vReflected;
                }
            } else {
                if (vReflected < vHigh) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = vReflected;
                }
                for (int i = 0; i < n; i++) {
                    b[i] = (1 - BETA) * p[i][high - 1] + BETA * p[i][c - 1];
                }
                double vContracted = finite(f.applyAsDouble(b));
                evaluations++;
                if (vContracted < p[n1 - 1][high - 1]) {
                    for (int i = 0; i < n; i++) {
                        p[i][high - 1] = b[i];
                    }
                    p[n1 - 1][high - 1] = vContracted;
                } else if (vReflected >= vHigh) {
                    computeVertices = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != low) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = BETA * (p[i][j] - p[i][low - 1]) + p[i][low - 1];
                                size += Math.abs(p[i][j] - p[i][low - 1]);
                            }
                        }
                    }
                    if (size < oldSize) {
                        oldSize = size;
                    } else {
                        break; // the polytope no longer shrinks: R gives up (convergence code 10)
                    }
                }
            }
        } while (evaluations <= MAX_EVALUATIONS);
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            best[i] = p[i][low - 1];
        }
        return best;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : BIG;
    }
}
