package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.instrument.Reliability;
import dk.virkning.stats.paired.ReliableImprovement;
import dk.virkning.stats.reliability.CronbachAlpha;

/**
 * The third part of a stored WITHIN result (docs/methods.md §1.9): the reliable change index with the
 * published reliability it rests on, the pairs beyond it in each direction, and Cronbach's α of the
 * sample at baseline beside the published value. Every field is {@code null} for an instrument
 * without a published reliability (the RCI fields) or with one item (α), and in results stored
 * before these fields existed.
 *
 * @param reliability       the published r_xx used
 * @param reliabilityKind   INTERNAL_CONSISTENCY or TEST_RETEST
 * @param sDiff             S_diff = SD_pre·√2·√(1 − r_xx), in score points
 * @param threshold         1.96·S_diff: a change must exceed it to be reliable
 * @param improved          pairs improving by more than the threshold
 * @param unchanged         pairs whose change is within ± the threshold
 * @param deteriorated      pairs deteriorating by more than the threshold
 * @param shareImproved     improved / n
 * @param shareUnchanged    unchanged / n
 * @param shareDeteriorated deteriorated / n
 * @param alpha             Cronbach's α of the baseline item scores
 * @param alphaN            complete baseline respondents α is computed from
 */
public record ReliabilityStatistics(
        @JsonProperty("rci_reliability") Double reliability,
        @JsonProperty("rci_reliability_kind") String reliabilityKind,
        @JsonProperty("rci_s_diff") Double sDiff,
        @JsonProperty("rci_threshold") Double threshold,
        @JsonProperty("rci_improved") Integer improved,
        @JsonProperty("rci_unchanged") Integer unchanged,
        @JsonProperty("rci_deteriorated") Integer deteriorated,
        @JsonProperty("share_rci_improved") Double shareImproved,
        @JsonProperty("share_rci_unchanged") Double shareUnchanged,
        @JsonProperty("share_rci_deteriorated") Double shareDeteriorated,
        @JsonProperty("cronbach_alpha") Double alpha,
        @JsonProperty("cronbach_alpha_n") Integer alphaN) {

    /**
     * @param published the instrument's published reliability, or null (then no RCI fields)
     * @param change    the reliable change with that reliability, or null likewise
     * @param alpha     α of the sample at baseline, or null for a single-item instrument
     */
    public static ReliabilityStatistics of(Reliability published, ReliableImprovement change, CronbachAlpha alpha) {
        Double a = alpha == null ? null : finite(alpha.alpha());
        Integer aN = alpha == null ? null : alpha.n();
        if (published == null || change == null) {
            return new ReliabilityStatistics(null, null, null, null, null, null, null, null, null, null, a, aN);
        }
        return new ReliabilityStatistics(published.value(), published.kind().name(), finite(change.change().sDiff()),
                finite(change.change().threshold()), change.improved(), change.unchanged(), change.deteriorated(),
                finite(change.share(change.improved())), finite(change.share(change.unchanged())),
                finite(change.share(change.deteriorated())), a, aN);
    }

    /**
     * The three counts add up to the cell's n, which is shown, so hiding only the small one would let a
     * reader subtract it back: when any of them is one to four people, all three go with their shares.
     * α's n is never shown: it counts everyone with a complete baseline, so against the shown number of
     * complete pairs it would give the baseline-only respondents, which are withheld when few. α itself
     * reveals no count; it goes too when it rests on one to four people.
     */
    ReliabilityStatistics withoutSmallCounts() {
        boolean countsHidden = SmallCount.isSmall(improved) || SmallCount.isSmall(unchanged)
                || SmallCount.isSmall(deteriorated);
        boolean alphaHidden = SmallCount.isSmall(alphaN);
        return new ReliabilityStatistics(reliability, reliabilityKind, sDiff, threshold,
                countsHidden ? null : improved, countsHidden ? null : unchanged, countsHidden ? null : deteriorated,
                countsHidden ? null : shareImproved, countsHidden ? null : shareUnchanged,
                countsHidden ? null : shareDeteriorated, alphaHidden ? null : alpha, null);
    }

    static ReliabilityStatistics none() {
        return new ReliabilityStatistics(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
