package dk.virkning.stats.controlled;

/**
 * The controlled effect on caseness: {@link Ancova} of the later wave's 0/1 case indicator on
 * the baseline's, R's {@code lm(post_case ~ pre_case + group)} — a linear probability model, whose
 * group coefficient is the difference in the share of cases at the later wave adjusted for
 * baseline caseness. Used instead of the raw difference in net shares for the same reason ANCOVA is
 * used for scores (Vickers &amp; Altman 2001): it removes the chance baseline imbalance between arms.
 * The classical OLS standard error is used, as {@code summary(lm)} gives it.
 */
public final class CasenessAncova {

    private CasenessAncova() {
    }

    /**
     * @param pre baseline scores (NaN: missing)
     * @param post later scores (NaN: missing)
     * @param intervention true for the intervention arm
     * @param threshold the cut-off
     * @param atLeast a case is a score at or above the cut-off (T-ILS ≥ 7); false: at or below (WHO-5 ≤ 50)
     * @return the adjusted difference over complete pairs, or null when it cannot be estimated
     */
    public static AncovaResult fit(double[] pre, double[] post, boolean[] intervention, double threshold,
            boolean atLeast) {
        int n = 0;
        for (int i = 0; i < pre.length; i++) {
            if (!Double.isNaN(pre[i]) && !Double.isNaN(post[i])) {
                n++;
            }
        }
        double[] preCase = new double[n];
        double[] postCase = new double[n];
        boolean[] group = new boolean[n];
        int k = 0;
        for (int i = 0; i < pre.length; i++) {
            if (!Double.isNaN(pre[i]) && !Double.isNaN(post[i])) {
                preCase[k] = isCase(pre[i], threshold, atLeast) ? 1 : 0;
                postCase[k] = isCase(post[i], threshold, atLeast) ? 1 : 0;
                group[k] = intervention[i];
                k++;
            }
        }
        return Ancova.fit(preCase, postCase, group);
    }

    private static boolean isCase(double score, double threshold, boolean atLeast) {
        return atLeast ? score >= threshold : score <= threshold;
    }
}
