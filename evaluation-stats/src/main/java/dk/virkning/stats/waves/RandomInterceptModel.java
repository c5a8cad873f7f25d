package dk.virkning.stats.waves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.distribution.CentralDistributions;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The change from baseline at every later wave from all available data: the linear mixed model
 * score_ij = μ + δ_wave(ij) + b_i + e_ij with a random intercept b_i ~ N(0, σ_b²) per participant
 * and e_ij ~ N(0, σ²), fitted by restricted maximum likelihood, as
 * {@code nlme::lme(score ~ wave, random = ~ 1 | participant, method = "REML")} (Laird &amp; Ware
 * 1982; Pinheiro &amp; Bates 2000). Waves are a factor with the first (the baseline) as reference,
 * so δ_w is the change from baseline at wave w, estimated also from participants who missed some
 * waves (missing at random given their observed scores).
 *
 * <p>With γ = σ_b²/σ², participant i's n_i scores have covariance σ²(I + γ11ᵀ), whose inverse is
 * (I − c_i11ᵀ)/σ² with c_i = γ/(1 + n_iγ). For a given γ, β̂ = A⁻¹Σ X_iᵀ(I − c_i11ᵀ)y_i with
 * A = ΣX_iᵀ(I − c_i11ᵀ)X_i, and Q = Σ r_iᵀ(I − c_i11ᵀ)r_i for the residuals r = y − Xβ̂. The
 * restricted log-likelihood with σ² profiled out (σ̂² = Q/(N − p)) is, up to a constant,
 * −½[(N − p)·ln(Q/(N − p)) + Σ ln(1 + n_iγ) + ln|A|], maximised over ln γ with Brent's method;
 * when γ = 0 is at least as likely, the maximum is on the boundary and σ̂_b = 0 (nlme, whose
 * optimiser cannot reach the boundary either, then reports a σ̂_b of the order of 1e-4).
 * Var(β̂) = σ̂²A⁻¹; tests and 95% intervals use t with nlme's degrees of freedom for terms that vary
 * within participants, N − M − (p − 1) (M participants, p fixed effects).
 *
 * <p>With two or more later waves, the retention of the effect from the first later wave (post) to
 * the last (follow-up) comes from the same fit: the contrast δ_F − δ_P with its standard error from
 * the fixed effects' covariance, Var(δ_F) + Var(δ_P) − 2Cov(δ_F, δ_P), tested by t on the same
 * degrees of freedom; and the share retained δ_F/δ_P with Fieller's (1954) interval, given only when
 * the post change itself differs from zero at the 5% level (otherwise there is no effect to retain
 * and Fieller's set is unbounded).
 */
public final class RandomInterceptModel {

    private static final double LEVEL = 0.95;

    private RandomInterceptModel() {
    }

    /** The change at one later wave. */
    public record WaveChange(String wave, int observations, double change, double se, Interval ci, double p,
                             double df) {
    }

    /**
     * The effect at follow-up against the effect at post, both changes from baseline.
     *
     * @param fromWave   the first later wave (post)
     * @param toWave     the last wave (follow-up)
     * @param difference δ_F − δ_P: the follow-up change minus the post change
     * @param share      δ_F/δ_P, the share of the post change still there at follow-up; {@code null}
     *                   when the post change does not differ from zero at the 5% level
     * @param shareCi    Fieller's 95% interval for the share, {@code null} with it
     */
    public record Retention(String fromWave, String toWave, double difference, double se, Interval ci, double p,
                            double df, Double share, Interval shareCi) {
    }

    /**
     * @param participants participants with at least one score
     * @param observations scores used
     * @param changes      per later wave, in order, the change from baseline; empty when undefined
     * @param sdParticipant σ̂_b, the SD of the participants' random intercepts
     * @param sdResidual    σ̂, the residual SD
     * @param retention     post to follow-up; {@code null} with fewer than two later waves or no fit
     */
    public record Result(int participants, int observations, String baseline, List<WaveChange> changes,
                         Double sdParticipant, Double sdResidual, Retention retention) {
    }

    /**
     * Fits the model. Rows with a missing (NaN) score are left out; waves are ordered by first
     * appearance and the first is the baseline.
     */
    public static Result fit(String[] participant, String[] wave, double[] score) {
        Map<String, Integer> waves = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int i = 0; i < score.length; i++) {
            waves.putIfAbsent(wave[i], waves.size());
            if (!Double.isNaN(score[i])) {
                rowsOf.computeIfAbsent(participant[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<String> waveNames = new ArrayList<>(waves.keySet());
        int m = rowsOf.size();
        int n = rowsOf.values().stream().mapToInt(List::size).sum();
        int p = waves.size();
        String baseline = waveNames.isEmpty() ? null : waveNames.get(0);
        int[] perWave = new int[p];
        for (List<Integer> rows : rowsOf.values()) {
            for (int i : rows) {
                perWave[waves.get(wave[i])]++;
            }
        }
        boolean everyWaveObserved = p >= 2 && java.util.Arrays.stream(perWave).allMatch(c -> c > 0);
        if (!everyWaveObserved || n - p < 1 || n - m - (p - 1) < 1) {
            return new Result(m, n, baseline, List.of(), null, null, null);
        }
        Subjects data = new Subjects(rowsOf, waves, wave, score, p);
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-12);
        UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(logGamma -> data.restrictedLogLikelihood(Math.exp(logGamma))),
                new SearchInterval(-25, 15, 0));
        // The maximum may lie on the boundary σ_b = 0, which ln γ cannot reach: take it when it is as high.
        double gamma = data.restrictedLogLikelihood(0) >= best.getValue() ? 0 : Math.exp(best.getPoint());
        Fit fit = data.fit(gamma);
        double sigma2 = fit.q / (n - p);
        double df = n - m - (p - 1);
        double critical = CentralDistributions.tQuantile(1 - (1 - LEVEL) / 2, df);
        List<WaveChange> changes = new ArrayList<>();
        for (int w = 1; w < p; w++) {
            double change = fit.beta[w];
            double se = Math.sqrt(sigma2 * fit.aInverse.getEntry(w, w));
            changes.add(new WaveChange(waveNames.get(w), perWave[w], change, se,
                    Interval.around(change, critical * se), CentralDistributions.tTwoSidedP(change / se, df), df));
        }
        Retention retention = p < 3 ? null
                : retention(waveNames.get(1), waveNames.get(p - 1), fit.beta[1], fit.beta[p - 1],
                        fit.aInverse.scalarMultiply(sigma2), 1, p - 1, df, critical);
        return new Result(m, n, baseline, changes, Math.sqrt(gamma * sigma2), Math.sqrt(sigma2), retention);
    }

    /**
     * The follow-up change b = β_f against the post change a = β_p. The share b/a has Fieller's
     * interval: the ρ with (b − ρa)² ≤ t²·Var(b − ρa), bounded when a is significant (g &lt; 1).
     */
    private static Retention retention(String post, String followUp, double a, double b, RealMatrix covariance,
            int ip, int ifu, double df, double critical) {
        double vaa = covariance.getEntry(ip, ip);
        double vbb = covariance.getEntry(ifu, ifu);
        double vab = covariance.getEntry(ip, ifu);
        double difference = b - a;
        double se = Math.sqrt(vaa + vbb - 2 * vab);
        Interval ci = Interval.around(difference, critical * se);
        double p = CentralDistributions.tTwoSidedP(difference / se, df);
        double g = critical * critical * vaa / (a * a);
        Double share = null;
        Interval shareCi = null;
        if (a != 0 && g < 1) {
            double rho = b / a;
            double centre = rho - g * vab / vaa;
            double root = Math.sqrt(vbb - 2 * rho * vab + rho * rho * vaa - g * (vbb - vab * vab / vaa));
            double half = critical / Math.abs(a) * root;
            share = rho;
            shareCi = new Interval((centre - half) / (1 - g), (centre + half) / (1 - g));
        }
        return new Retention(post, followUp, difference, se, ci, p, df, share, shareCi);
    }

    private record Fit(double[] beta, RealMatrix aInverse, double q, double logDetA) {
    }

    /** Each participant's design rows (intercept, then one indicator per later wave) and scores. */
    private static final class Subjects {

        private final List<double[][]> x = new ArrayList<>();
        private final List<double[]> y = new ArrayList<>();
        private final int p;

        Subjects(Map<String, List<Integer>> rowsOf, Map<String, Integer> waves, String[] wave, double[] score, int p) {
            this.p = p;
            for (List<Integer> rows : rowsOf.values()) {
                double[][] design = new double[rows.size()][p];
                double[] scores = new double[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    int i = rows.get(r);
                    design[r][0] = 1;
                    int w = waves.get(wave[i]);
                    if (w > 0) {
                        design[r][w] = 1;
                    }
                    scores[r] = score[i];
                }
                x.add(design);
                y.add(scores);
            }
        }

        int observations() {
            return y.stream().mapToInt(s -> s.length).sum();
        }

        Fit fit(double gamma) {
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int s = 0; s < x.size(); s++) {
                double[][] xs = x.get(s);
                double[] ys = y.get(s);
                double c = gamma / (1 + xs.length * gamma);
                double[] colSum = new double[p];
                double ySum = 0;
                for (int r = 0; r < xs.length; r++) {
                    for (int j = 0; j < p; j++) {
                        colSum[j] += xs[r][j];
                        b[j] += xs[r][j] * ys[r];
                        for (int k = 0; k < p; k++) {
                            a[j][k] += xs[r][j] * xs[r][k];
                        }
                    }
                    ySum += ys[r];
                }
                for (int j = 0; j < p; j++) {
                    b[j] -= c * colSum[j] * ySum;
                    for (int k = 0; k < p; k++) {
                        a[j][k] -= c * colSum[j] * colSum[k];
                    }
                }
            }
            CholeskyDecomposition cholesky = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false));
            double[] beta = cholesky.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(b))
                    .toArray();
            double q = 0;
            for (int s = 0; s < x.size(); s++) {
                double[][] xs = x.get(s);
                double[] ys = y.get(s);
                double c = gamma / (1 + xs.length * gamma);
                double sum = 0;
                for (int r = 0; r < xs.length; r++) {
                    double fitted = 0;
                    for (int j = 0; j < p; j++) {
                        fitted += xs[r][j] * beta[j];
                    }
                    double residual = ys[r] - fitted;
                    q += residual * residual;
                    sum += residual;
                }
                q -= c * sum * sum;
            }
            return new Fit(beta, cholesky.getSolver().getInverse(), q, Math.log(cholesky.getDeterminant()));
        }

        double restrictedLogLikelihood(double gamma) {
            Fit fit = fit(gamma);
            int n = observations();
            double logDetV = 0;
            for (double[][] xs : x) {
                logDetV += Math.log1p(xs.length * gamma);
            }
            return -0.5 * ((n - p) * Math.log(fit.q / (n - p)) + logDetV + fit.logDetA);
        }
    }
}
