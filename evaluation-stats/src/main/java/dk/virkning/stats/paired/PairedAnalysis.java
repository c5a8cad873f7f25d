package dk.virkning.stats.paired;

import dk.virkning.stats.describe.Sample;
import dk.virkning.stats.effectsize.BaselineStandardizedChange;
import dk.virkning.stats.effectsize.CohensD;
import dk.virkning.stats.effectsize.RepeatedMeasuresD;
import dk.virkning.stats.effectsize.StandardizedDifference;
import dk.virkning.stats.inference.SignedRankResult;
import dk.virkning.stats.inference.StudentT;
import dk.virkning.stats.inference.TTestResult;
import dk.virkning.stats.inference.WilcoxonSignedRank;
import dk.virkning.stats.instrument.Direction;

/**
 * Within-group analysis of pre/post scores (the statistics contract's "Within-group" section).
 * Inputs are parallel arrays of one group's scores, {@code NaN} for a missing score.
 */
public final class PairedAnalysis {

    private PairedAnalysis() {
    }

    /** The analysis without a case cut-off. */
    public static PairedResult analyse(double[] pre, double[] post) {
        return analyse(pre, post, null);
    }

    /**
     * The analysis, with caseness transitions when {@code cutoff} is not {@code null}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
     */
    public static PairedResult analyse(double[] pre, double[] post, Double cutoff) {
        CompletePairs pairs = CompletePairs.of(pre, post);
        return analyse(pairs, cutoff);
    }

    /** The analysis of pairs already made complete. */
    public static PairedResult analyse(CompletePairs pairs, Double cutoff) {
        double[] change = pairs.change();
        int n = pairs.n();
        Double meanPre = Sample.mean(pairs.pre());
        Double meanPost = Sample.mean(pairs.post());
        Double meanChange = Sample.mean(change);
        Double sdPre = Sample.sd(pairs.pre());
        Double sdPost = Sample.sd(pairs.post());
        Double sdChange = Sample.sd(change);
        boolean changeHasSpread = sdChange != null && !Sample.isNegligible(sdChange, meanChange);
        if (sdChange != null && !changeHasSpread) {
            sdChange = 0.0;
        }
        Double r = Sample.pearson(pairs.pre(), pairs.post());

        TTestResult tTest = StudentT.paired(change);
        StandardizedDifference dz = CohensD.paired(change);
        Double dAv = meanChange == null ? null : RepeatedMeasuresD.dAv(meanChange, sdPre, sdPost);
        Double gAv = RepeatedMeasuresD.gAv(dAv, n);
        Double dRm = meanChange == null ? null
                : RepeatedMeasuresD.dRm(meanChange, sdPre, sdPost, r, changeHasSpread);
        Double smcr = BaselineStandardizedChange.withinGroup(meanChange, sdPre, n);
        Double smcrVariance = BaselineStandardizedChange.withinGroupVariance(smcr, r, n);
        SignedRankResult wilcoxon = WilcoxonSignedRank.test(change);
        Caseness caseness = cutoff == null ? null : Caseness.of(pairs.pre(), pairs.post(), cutoff);
        return new PairedResult(n, pairs.nMissing(), meanPre, sdPre, meanPost, sdPost, meanChange, sdChange, r,
                tTest, dz, dAv, gAv, dRm, smcr, smcrVariance, wilcoxon, caseness);
    }

    /**
     * Shares reaching and deteriorating by a minimal important change, over the complete pairs.
     *
     * @see ImportantChangeShares#of
     */
    public static ImportantChangeShares minimalImportantChange(double[] pre, double[] post, double mic,
                                                                Direction direction) {
        return ImportantChangeShares.of(CompletePairs.of(pre, post).change(), mic, direction);
    }
}
