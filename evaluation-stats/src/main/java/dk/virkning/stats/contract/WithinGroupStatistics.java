package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored WITHIN result: the within-group statistics with the instrument's caseness, followed by
 * the minimal-important-change counts and the reliable change with α, as one flat JSON object
 * (docs/methods.md §1, §1.9 and §8).
 *
 * @param paired          the within-group statistics, caseness by the instrument's primary cut-off
 * @param importantChange the minimal-important-change counts and shares
 * @param reliability     the reliable change index and Cronbach's α at baseline; all fields null in
 *                        results stored before them
 */
public record WithinGroupStatistics(@JsonUnwrapped PairedStatistics paired,
                                    @JsonUnwrapped ImportantChangeStatistics importantChange,
                                    @JsonUnwrapped ReliabilityStatistics reliability)
        implements CellStatistics {

    public WithinGroupStatistics {
        reliability = reliability == null ? ReliabilityStatistics.none() : reliability;
    }

    @Override
    public WithinGroupStatistics withoutSmallCounts() {
        return new WithinGroupStatistics(paired.withoutSmallCounts(), importantChange.withoutSmallCounts(),
                reliability.withoutSmallCounts());
    }

    @Override
    public WithinGroupStatistics withheld() {
        return new WithinGroupStatistics(PairedStatistics.none(), ImportantChangeStatistics.none(),
                ReliabilityStatistics.none());
    }
}
