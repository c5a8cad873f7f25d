package dk.virkning.stats.paired;

import dk.virkning.stats.effectsize.StandardizedDifference;
import dk.virkning.stats.inference.SignedRankResult;
import dk.virkning.stats.inference.TTestResult;

/**
 * The within-group (pre → post) analysis of one group's complete pairs. Change is post − pre.
 * Every boxed or object component is {@code null} when undefined (n &lt; 2, no spread, …).
 *
 * @param n            complete pairs
 * @param nMissing     pairs left out for a missing score
 * @param meanPre      mean pre score
 * @param sdPre        standard deviation of pre
 * @param meanPost     mean post score
 * @param sdPost       standard deviation of post
 * @param meanChange   mean change
 * @param sdChange     standard deviation of the change (0 when it counts as zero)
 * @param rPrePost     Pearson correlation of pre and post (null when n &lt; 3)
 * @param tTest        paired t-test with the 95% interval of the mean change
 * @param changeEffect d_z and g_z with noncentral-t intervals ({@link StandardizedDifference#UNDEFINED} if undefined)
 * @param dAv          d_av
 * @param gAv          g_av
 * @param dRm          d_rm
 * @param smcr         change over the baseline SD, bias-corrected (metafor's "SMCR"), the effect a portfolio pools
 * @param smcrVariance its exact sampling variance
 * @param wilcoxon     Wilcoxon signed-rank test
 * @param caseness     transitions across the cut-off; {@code null} when no cut-off was given
 */
public record PairedResult(int n, int nMissing,
                           Double meanPre, Double sdPre, Double meanPost, Double sdPost,
                           Double meanChange, Double sdChange, Double rPrePost,
                           TTestResult tTest, StandardizedDifference changeEffect,
                           Double dAv, Double gAv, Double dRm, Double smcr, Double smcrVariance,
                           SignedRankResult wilcoxon, Caseness caseness) {

    /** n &lt; 10: the contract's "interpret with caution" flag. */
    public boolean interpretWithCaution() {
        return n < 10;
    }
}
