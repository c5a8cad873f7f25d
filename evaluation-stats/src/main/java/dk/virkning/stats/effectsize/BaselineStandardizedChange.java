package dk.virkning.stats.effectsize;

import dk.virkning.stats.distribution.SmallSampleCorrection;

/**
 * Changes standardised by the spread of the baseline scores, the effects a portfolio pools
 * (docs/methods.md, "Which effect is pooled"). Unlike g_z, whose standardiser is the SD of the
 * changes and so shrinks as the pre-post correlation r grows, these estimate the same quantity
 * whatever r is: projects are not made heterogeneous by their correlation alone. The variances are
 * the exact ones under bivariate normality, with the estimate and r plugged in; the large-sample
 * ones are too small for projects of fewer than about 20 (simulation in methods.md).
 */
public final class BaselineStandardizedChange {

    private BaselineStandardizedChange() {
    }

    /**
     * Standardised mean change with raw-score standardisation, bias-corrected: g = J(n − 1) · mean
     * change / sd_pre, with the exact J (metafor's {@code escalc} measure "SMCR"; Becker 1988).
     * {@code null} when n ≤ 2 or sd_pre is zero or undefined.
     */
    public static Double withinGroup(Double meanChange, Double sdPre, int n) {
        Double j = SmallSampleCorrection.ofDegreesOfFreedom(n - 1);
        if (meanChange == null || sdPre == null || !(sdPre > 0) || j == null) {
            return null;
        }
        return j * meanChange / sdPre;
    }

    /**
     * Exact sampling variance of {@link #withinGroup} (Becker 1988, eq. 9; Morris 2000):
     * v = J(n − 1)² · (n − 1)/(n − 3) · (2(1 − r)/n + g²) − g², the expectation of g² minus the
     * square of its expectation with δ estimated by g. {@code null} when n ≤ 3 or g or r is undefined.
     */
    public static Double withinGroupVariance(Double g, Double r, int n) {
        Double j = SmallSampleCorrection.ofDegreesOfFreedom(n - 1);
        if (g == null || r == null || n <= 3 || j == null) {
            return null;
        }
        double v = j * j * (n - 1.0) / (n - 3.0) * (2 * (1 - r) / n + g * g) - g * g;
        return v > 0 ? v : null;
    }

    /**
     * The difference of the two arms' changes over the pooled baseline SD, d_ppc2 (Morris 2008,
     * eq. 8): c · ((post_T − pre_T) − (post_C − pre_C)) / sd_pre,pooled, with
     * sd_pre,pooled = √(((n_T − 1)s²_T + (n_C − 1)s²_C)/(N − 2)) and c = 1 − 3/(4(N − 2) − 1).
     * {@code null} when an arm has fewer than two pairs or the pooled SD is zero.
     */
    public static Double betweenGroups(Double changeIntervention, Double changeControl, Double sdPreIntervention,
            Double sdPreControl, int nIntervention, int nControl) {
        if (changeIntervention == null || changeControl == null || sdPreIntervention == null || sdPreControl == null
                || nIntervention < 2 || nControl < 2) {
            return null;
        }
        int total = nIntervention + nControl;
        double pooled = Math.sqrt(((nIntervention - 1) * sdPreIntervention * sdPreIntervention
                + (nControl - 1) * sdPreControl * sdPreControl) / (total - 2));
        if (!(pooled > 0)) {
            return null;
        }
        return correction(total) * (changeIntervention - changeControl) / pooled;
    }

    /**
     * Sampling variance of d_ppc2 (Morris 2008, eq. 25), with the pooled within-arm pre-post
     * correlation ρ and δ estimated by d: v = c² · (N − 2)/(N − 4) · (2(1 − ρ) · N/(n_T n_C) + d²) − d².
     * {@code null} when N ≤ 4 or d or ρ is undefined.
     */
    public static Double betweenGroupsVariance(Double d, Double r, int nIntervention, int nControl) {
        int total = nIntervention + nControl;
        if (d == null || r == null || total <= 4 || nIntervention < 1 || nControl < 1) {
            return null;
        }
        double c = correction(total);
        double v = c * c * (total - 2.0) / (total - 4.0)
                * (2 * (1 - r) * total / ((double) nIntervention * nControl) + d * d) - d * d;
        return v > 0 ? v : null;
    }

    private static double correction(int total) {
        return 1 - 3.0 / (4 * (total - 2) - 1);
    }
}
