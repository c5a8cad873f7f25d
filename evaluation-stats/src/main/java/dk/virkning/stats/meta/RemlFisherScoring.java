package dk.virkning.stats.meta;

/**
 * The restricted maximum-likelihood estimate of τ² by Fisher scoring, step for step as
 * {@code metafor} 3.8's {@code rma.uni} computes it for an intercept-only model (Viechtbauer 2005,
 * 2010), so that the same iterations stop at the same place:
 * <ol>
 *   <li>start from the Hedges (HE) estimate max(0, (Σ(yᵢ − ȳ)² − (1 − 1/k)Σvᵢ) / (k − 1));</li>
 *   <li>with wᵢ = 1/(vᵢ + τ²) and P = W − wwᵀ/Σw, step τ² by
 *       (yᵀPPy − tr P) / tr(PP), halving the step while it would make τ² negative;</li>
 *   <li>stop when a step changes τ² by at most 1e-5; fail (return {@code null}) if that takes more
 *       than 100 steps;</li>
 *   <li>"ll0check": if the restricted log-likelihood at τ² = 0 exceeds the one at the estimate by
 *       more than ε^¼ (and τ̂² &gt; 1e-5), the iteration stopped at a local maximum and τ̂² = 0.</li>
 * </ol>
 * For an intercept-only model the matrix products reduce to sums: (Py)ᵢ = wᵢ(yᵢ − μ̂),
 * tr P = Σw − Σw²/Σw and tr(PP) = Σw² − 2Σw³/Σw + (Σw²/Σw)².
 */
final class RemlFisherScoring {

    private static final double THRESHOLD = 1e-5;
    private static final int MAX_ITERATIONS = 100;
    private static final double LOCAL_MAXIMUM_TOLERANCE = Math.pow(Math.ulp(1.0), 0.25);

    private RemlFisherScoring() {
    }

    /** τ̂², or {@code null} if Fisher scoring does not converge. Requires k ≥ 2 and vᵢ &gt; 0. */
    static Double estimate(double[] yi, double[] vi) {
        int k = yi.length;
        double[] centred = centred(yi);
        double tau2 = Math.max(0.0, hedges(centred, vi));
        double change = THRESHOLD + 1;
        int iteration = 0;
        while (change > THRESHOLD) {
            iteration++;
            double previous = tau2;
            double sumW = 0;
            double sumW2 = 0;
            double sumW3 = 0;
            double sumWy = 0;
            for (int i = 0; i < k; i++) {
                double w = 1 / (vi[i] + tau2);
                sumW += w;
                sumW2 += w * w;
                sumW3 += w * w * w;
                sumWy += w * centred[i];
            }
            double mu = sumWy / sumW;
            double yPPy = 0;
            for (int i = 0; i < k; i++) {
                double py = (centred[i] - mu) / (vi[i] + tau2);
                yPPy += py * py;
            }
            double traceP = sumW - sumW2 / sumW;
            double tracePP = sumW2 - 2 * sumW3 / sumW + (sumW2 / sumW) * (sumW2 / sumW);
            double step = (yPPy - traceP) / tracePP;
            if (Double.isNaN(step)) {
                step = 0;
            }
            while (tau2 + step < 0) {
                step /= 2;
            }
            tau2 = tau2 + step;
            change = Math.abs(previous - tau2);
            if (iteration > MAX_ITERATIONS) {
                return null;
            }
        }
        if (tau2 > THRESHOLD
                && restrictedLogLikelihood(centred, vi, 0) - restrictedLogLikelihood(centred, vi, tau2)
                > LOCAL_MAXIMUM_TOLERANCE) {
            tau2 = 0;
        }
        return Math.max(0.0, tau2);
    }

    /** HE estimator: (Σ(yᵢ − ȳ)² − (1 − 1/k)Σvᵢ) / (k − 1). */
    private static double hedges(double[] centred, double[] vi) {
        int k = centred.length;
        double rss = 0;
        double sumV = 0;
        for (int i = 0; i < k; i++) {
            rss += centred[i] * centred[i];
            sumV += vi[i];
        }
        return (rss - (1 - 1.0 / k) * sumV) / (k - 1);
    }

    /** Restricted log-likelihood up to the constant −(k − 1)/2·ln 2π, which cancels in the check. */
    private static double restrictedLogLikelihood(double[] centred, double[] vi, double tau2) {
        double sumW = 0;
        double sumWy = 0;
        double sumLog = 0;
        for (int i = 0; i < centred.length; i++) {
            double w = 1 / (vi[i] + tau2);
            sumW += w;
            sumWy += w * centred[i];
            sumLog += Math.log(vi[i] + tau2);
        }
        double mu = sumWy / sumW;
        double rss = 0;
        for (int i = 0; i < centred.length; i++) {
            double r = centred[i] - mu;
            rss += r * r / (vi[i] + tau2);
        }
        return -0.5 * sumLog - 0.5 * Math.log(sumW) - 0.5 * rss;
    }

    private static double[] centred(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double[] centred = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            centred[i] = y[i] - mean;
        }
        return centred;
    }
}
