package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored WITHIN result: the within-group statistics with the instrument's caseness, followed by
 * the minimal-important-change counts, as one flat JSON object (docs/methods.md §1 and §8).
 *
 * @param paired          the within-group statistics, caseness by the instrument's primary cut-off
 * @param importantChange the minimal-important-change counts and shares
 */
public record WithinGroupStatistics(@JsonUnwrapped PairedStatistics paired,
                                    @JsonUnwrapped ImportantChangeStatistics importantChange)
        implements CellStatistics {

    @Override
    public WithinGroupStatistics withoutSmallCounts() {
        return new WithinGroupStatistics(paired.withoutSmallCounts(), importantChange.withoutSmallCounts());
    }

    @Override
    public WithinGroupStatistics withheld() {
        return new WithinGroupStatistics(PairedStatistics.none(), ImportantChangeStatistics.none());
    }
}
