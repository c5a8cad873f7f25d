package dk.virkning.stats.effectsize;

/**
 * Large-sample sampling variances of Hedges' g, the {@code vi} a project contributes to a
 * random-effects meta-analysis of projects. They are metafor's {@code escalc} formulas (vtype "LS").
 */
public final class SamplingVariance {

    private SamplingVariance() {
    }

    /**
     * Variance of g_z (standardised mean change with change-score standardisation, escalc measure
     * "SMCC"): v = 1/n + g_z² / (2n) (Gibbons, Hedeker &amp; Davis 1993; Morris &amp; DeShon 2002;
     * Borenstein et al. 2009, ch. 4). {@code null} when n &lt; 2 or g_z is undefined.
     */
    public static Double ofGz(Double gz, int n) {
        if (gz == null || n < 2) {
            return null;
        }
        return 1.0 / n + gz * gz / (2.0 * n);
    }

    /**
     * Variance of Hedges' g between two independent groups (escalc measure "SMD"):
     * v = 1/n₁ + 1/n₂ + g² / (2(n₁ + n₂)) (Hedges 1981; Hedges &amp; Olkin 1985, eq. 5.15).
     * {@code null} when a group is empty or g is undefined.
     */
    public static Double ofGChange(Double g, int n1, int n2) {
        if (g == null || n1 < 1 || n2 < 1) {
            return null;
        }
        return 1.0 / n1 + 1.0 / n2 + g * g / (2.0 * (n1 + n2));
    }
}
