package dk.virkning.stats.meta;

import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.distribution.CentralDistributions;

/**
 * Random-effects meta-analysis of k effect sizes yᵢ with sampling variances vᵢ, reproducing
 * {@code metafor} 3.8's {@code rma.uni} for the intercept-only model and {@code predict.rma}.
 *
 * <p>With weights wᵢ = 1/(vᵢ + τ̂²): μ̂ = Σwᵢyᵢ/Σwᵢ, Var(μ̂) = 1/Σwᵢ.
 * <ul>
 *   <li>{@link MetaTest#Z}: SE = √Var(μ̂), z = μ̂/SE, p = 2Φ(−|z|), interval μ̂ ± z₀.₉₇₅·SE.</li>
 *   <li>{@link MetaTest#KNHA} (Hartung &amp; Knapp 2001; Sidik &amp; Jonkman 2002):
 *       SE² = s²·Var(μ̂) with s² = Σwᵢ(yᵢ − μ̂)²/(k − 1) (s² = 0 when that sum is below machine
 *       epsilon), and t on k − 1 degrees of freedom for p and the interval.</li>
 *   <li>{@link MetaTest#ADHOC} (Knapp &amp; Hartung 2003, metafor's {@code "adhoc"}): as KNHA with
 *       s² replaced by max(1, s²).</li>
 *   <li>Prediction interval (Riley et al. 2011, as {@code predict.rma}): μ̂ ± c·√(SE² + τ̂²) with the
 *       same critical value c as the confidence interval.</li>
 *   <li>Heterogeneity with fixed-effect weights uᵢ = 1/vᵢ: Q = Σuᵢ(yᵢ − ȳ_u)² (Cochran 1954),
 *       p from χ²(k − 1); I² = 100·τ̂²/(τ̂² + ṽ) with the typical within-study variance
 *       ṽ = (k − 1)/(Σuᵢ − Σuᵢ²/Σuᵢ) (Higgins &amp; Thompson 2002).</li>
 * </ul>
 * With k = 1 metafor fixes τ² = 0 and uses the z test whatever was asked; Q = 0, p(Q) = 1, I² = 0.
 */
public final class RandomEffectsMeta {

    private static final double LEVEL = 0.95;
    private static final double MACHINE_EPSILON = Math.ulp(1.0);

    private RandomEffectsMeta() {
    }

    /**
     * Pools the studies.
     *
     * @throws IllegalArgumentException if there are no studies, the arrays differ in length, a yᵢ is
     *                                  not finite or a vᵢ is not a positive finite number
     */
    public static MetaResult analyse(double[] yi, double[] vi, Tau2Method method, MetaTest test) {
        validate(yi, vi);
        int k = yi.length;
        MetaTest effectiveTest = k == 1 ? MetaTest.Z : test;
        Heterogeneity heterogeneity = Heterogeneity.of(yi, vi);
        Double tau2 = k == 1 ? Double.valueOf(0.0) : estimateTau2(yi, vi, method, heterogeneity);
        if (tau2 == null) {
            return new MetaResult(k, method, effectiveTest, null, null, null, null, null, null, null, null, null);
        }
        double sumW = 0;
        double sumWy = 0;
        for (int i = 0; i < k; i++) {
            double w = 1 / (vi[i] + tau2);
            sumW += w;
            sumWy += w * yi[i];
        }
        double estimate = sumWy / sumW;
        double variance = 1 / sumW;
        double critical;
        double p;
        if (effectiveTest != MetaTest.Z) {
            double rss = 0;
            for (int i = 0; i < k; i++) {
                double r = yi[i] - estimate;
                rss += r * r / (vi[i] + tau2);
            }
            double s2 = rss <= MACHINE_EPSILON ? 0.0 : rss / (k - 1);
            variance *= effectiveTest == MetaTest.ADHOC ? Math.max(1.0, s2) : s2;
            critical = CentralDistributions.tQuantile(1 - (1 - LEVEL) / 2, k - 1);
            p = CentralDistributions.tTwoSidedP(estimate / Math.sqrt(variance), k - 1);
        } else {
            critical = CentralDistributions.normalQuantile(1 - (1 - LEVEL) / 2);
            p = CentralDistributions.normalTwoSidedP(estimate / Math.sqrt(variance));
        }
        double se = Math.sqrt(variance);
        double i2 = k == 1 ? 0.0 : 100 * tau2 / (heterogeneity.typicalVariance() + tau2);
        return new MetaResult(k, method, effectiveTest, estimate, se, Interval.around(estimate, critical * se),
                Double.isNaN(p) ? null : p, tau2, i2, heterogeneity.q(), heterogeneity.qP(),
                Interval.around(estimate, critical * Math.sqrt(variance + tau2)));
    }

    /** τ̂², or {@code null} when REML does not converge (metafor stops with an error then). */
    private static Double estimateTau2(double[] yi, double[] vi, Tau2Method method, Heterogeneity heterogeneity) {
        return switch (method) {
            case REML -> RemlFisherScoring.estimate(yi, vi);
            case DL -> Double.valueOf(derSimonianLaird(heterogeneity));
        };
    }

    /**
     * DerSimonian–Laird: τ̂² = max(0, (Q − (k − 1)) / (Σuᵢ − Σuᵢ²/Σuᵢ)) with uᵢ = 1/vᵢ.
     */
    private static double derSimonianLaird(Heterogeneity h) {
        return Math.max(0.0, (h.q() - (h.k() - 1)) / h.traceP());
    }

    private static void validate(double[] yi, double[] vi) {
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length: " + yi.length + " and " + vi.length);
        }
        if (yi.length == 0) {
            throw new IllegalArgumentException("no studies to pool");
        }
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isFinite(yi[i])) {
                throw new IllegalArgumentException("study " + (i + 1) + ": yi must be a finite number");
            }
            if (!(vi[i] > 0) || Double.isInfinite(vi[i])) {
                throw new IllegalArgumentException("study " + (i + 1) + ": vi must be a positive finite number");
            }
        }
    }
}
