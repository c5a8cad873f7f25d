package dk.virkning.stats.paired;

import dk.virkning.stats.describe.Sample;

/**
 * The reliable change index of Jacobson &amp; Truax (1991): a participant's change counts as
 * reliable when |post − pre| exceeds 1.96·S_diff, the change that measurement error alone would
 * exceed in only 5% of cases. S_diff = √2·SE, SE = SD_pre·√(1 − r_xx), with SD_pre the sample's
 * baseline standard deviation and r_xx the instrument's test-retest or internal-consistency
 * reliability taken from a published source.
 *
 * @param reliability     r_xx used
 * @param sDiff           S_diff in score points; {@code null} with fewer than two pairs
 * @param threshold       1.96·S_diff: the smallest change that is reliable
 * @param n               complete pairs
 * @param increased       pairs whose score rose by more than the threshold
 * @param decreased       pairs whose score fell by more than the threshold
 * @param shareIncreased  increased / n; {@code null} when n = 0 or S_diff is undefined
 * @param shareDecreased  decreased / n
 */
public record ReliableChange(double reliability, Double sDiff, Double threshold, int n, Integer increased,
                             Integer decreased, Double shareIncreased, Double shareDecreased) {

    /** 1.96, the two-sided 95% normal quantile as Jacobson and Truax round it. */
    public static final double CRITICAL = 1.96;

    /**
     * @throws IllegalArgumentException unless 0 ≤ reliability &lt; 1
     */
    public static ReliableChange of(CompletePairs pairs, double reliability) {
        if (!(reliability >= 0 && reliability < 1)) {
            throw new IllegalArgumentException("the reliability must be at least 0 and below 1, was " + reliability);
        }
        Double sdPre = Sample.sd(pairs.pre());
        int n = pairs.n();
        if (sdPre == null) {
            return new ReliableChange(reliability, null, null, n, null, null, null, null);
        }
        double sDiff = Math.sqrt(2) * sdPre * Math.sqrt(1 - reliability);
        double threshold = CRITICAL * sDiff;
        int increased = 0;
        int decreased = 0;
        for (double change : pairs.change()) {
            if (change > threshold) {
                increased++;
            } else if (-change > threshold) {
                decreased++;
            }
        }
        return new ReliableChange(reliability, sDiff, threshold, n, increased, decreased,
                n == 0 ? null : (double) increased / n, n == 0 ? null : (double) decreased / n);
    }
}
