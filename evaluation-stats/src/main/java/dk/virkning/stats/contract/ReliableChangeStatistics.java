package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.paired.ReliableChange;

/**
 * The reliable change index and the shares beyond it (docs/methods.md §1.9).
 *
 * @param reliability    the reliability used
 * @param sDiff          S_diff in score points
 * @param threshold      1.96·S_diff
 * @param increased      pairs rising by more than the threshold
 * @param decreased      pairs falling by more than the threshold
 * @param shareIncreased their share of the complete pairs
 * @param shareDecreased their share of the complete pairs
 */
public record ReliableChangeStatistics(@JsonProperty("rci_reliability") Double reliability,
                                       @JsonProperty("rci_s_diff") Double sDiff,
                                       @JsonProperty("rci_threshold") Double threshold,
                                       @JsonProperty("rci_increased") Integer increased,
                                       @JsonProperty("rci_decreased") Integer decreased,
                                       @JsonProperty("share_rci_increased") Double shareIncreased,
                                       @JsonProperty("share_rci_decreased") Double shareDecreased) {

    public static ReliableChangeStatistics of(ReliableChange r) {
        return new ReliableChangeStatistics(r.reliability(), finite(r.sDiff()), finite(r.threshold()), r.increased(),
                r.decreased(), finite(r.shareIncreased()), finite(r.shareDecreased()));
    }
}
