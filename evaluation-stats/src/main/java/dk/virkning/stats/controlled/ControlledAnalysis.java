package dk.virkning.stats.controlled;

import dk.virkning.stats.describe.Sample;
import dk.virkning.stats.effectsize.BaselineStandardizedChange;
import dk.virkning.stats.effectsize.CohensD;
import dk.virkning.stats.effectsize.StandardizedDifference;

/**
 * Between-group analysis of a controlled pre/post design (the contract's "Between groups"
 * section). Participants with a missing pre or post score ({@code NaN}) are left out of everything.
 */
public final class ControlledAnalysis {

    private ControlledAnalysis() {
    }

    /**
     * Analyses one project.
     *
     * @param pre          pre scores, NaN when missing
     * @param post         post scores, NaN when missing
     * @param intervention per participant: true for intervention, false for control
     * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
     */
    public static ControlledResult analyse(double[] pre, double[] post, boolean[] intervention) {
        int total = pre.length;
        if (post.length != total || intervention.length != total) {
            throw new IllegalArgumentException("pre, post and group differ in length");
        }
        int nIntervention = 0;
        int n = 0;
        for (int i = 0; i < total; i++) {
            if (Double.isInfinite(pre[i]) || Double.isInfinite(post[i])) {
                throw new IllegalArgumentException("infinite score in row " + (i + 1));
            }
            if (!Double.isNaN(pre[i]) && !Double.isNaN(post[i])) {
                n++;
                nIntervention += intervention[i] ? 1 : 0;
            }
        }
        double[] keptPre = new double[n];
        double[] keptPost = new double[n];
        boolean[] keptGroup = new boolean[n];
        double[] changeIntervention = new double[nIntervention];
        double[] changeControl = new double[n - nIntervention];
        int k = 0;
        int a = 0;
        int b = 0;
        for (int i = 0; i < total; i++) {
            if (Double.isNaN(pre[i]) || Double.isNaN(post[i])) {
                continue;
            }
            keptPre[k] = pre[i];
            keptPost[k] = post[i];
            keptGroup[k] = intervention[i];
            k++;
            if (intervention[i]) {
                changeIntervention[a++] = post[i] - pre[i];
            } else {
                changeControl[b++] = post[i] - pre[i];
            }
        }
        Double meanI = Sample.mean(changeIntervention);
        Double meanC = Sample.mean(changeControl);
        Double difference = meanI == null || meanC == null ? null : meanI - meanC;
        StandardizedDifference g = CohensD.twoSample(changeIntervention, changeControl);
        AncovaResult ancova = Ancova.fit(keptPre, keptPost, keptGroup);
        double[][] arms = {arm(keptPre, keptGroup, true), arm(keptPre, keptGroup, false)};
        Double dPpc2 = BaselineStandardizedChange.betweenGroups(meanI, meanC, Sample.sd(arms[0]), Sample.sd(arms[1]),
                nIntervention, n - nIntervention);
        Double variance = BaselineStandardizedChange.betweenGroupsVariance(dPpc2,
                withinArmCorrelation(keptPre, keptPost, keptGroup), nIntervention, n - nIntervention);
        return new ControlledResult(nIntervention, n - nIntervention, total - n, meanI, meanC, difference, g, ancova,
                dPpc2, variance);
    }

    private static double[] arm(double[] values, boolean[] group, boolean intervention) {
        int count = 0;
        for (boolean g : group) {
            count += g == intervention ? 1 : 0;
        }
        double[] picked = new double[count];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (group[i] == intervention) {
                picked[k++] = values[i];
            }
        }
        return picked;
    }

    /**
     * The pooled within-arm correlation of pre and post: the correlation of the scores centred on
     * their arm's means, Σ(x − x̄_arm)(y − ȳ_arm) / √(Σ(x − x̄_arm)² · Σ(y − ȳ_arm)²). {@code null}
     * with fewer than two pairs in an arm or no spread.
     */
    static Double withinArmCorrelation(double[] pre, double[] post, boolean[] intervention) {
        double[] sx = new double[2];
        double[] sy = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < pre.length; i++) {
            int a = intervention[i] ? 0 : 1;
            sx[a] += pre[i];
            sy[a] += post[i];
            count[a]++;
        }
        if (count[0] < 2 || count[1] < 2) {
            return null;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < pre.length; i++) {
            int a = intervention[i] ? 0 : 1;
            double dx = pre[i] - sx[a] / count[a];
            double dy = post[i] - sy[a] / count[a];
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
    }
}
