package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored WITHIN result: the within-group statistics with the instrument's caseness, followed by
 * the minimal-important-change counts, the reliable change with α and the change with the baseline
 * carried forward, as one flat JSON object (docs/methods.md §1, §1.9, §4.1 and §8).
 *
 * @param paired          the within-group statistics, caseness by the instrument's primary cut-off
 * @param importantChange the minimal-important-change counts and shares
 * @param reliability     the reliable change index and Cronbach's α at baseline; all fields null in
 *                        results stored before them
 * @param missingData     the baseline-carried-forward sensitivity; all fields null in results stored before it
 */
public record WithinGroupStatistics(@JsonUnwrapped PairedStatistics paired,
                                    @JsonUnwrapped ImportantChangeStatistics importantChange,
                                    @JsonUnwrapped ReliabilityStatistics reliability,
                                    @JsonUnwrapped MissingDataStatistics missingData)
        implements CellStatistics {

    public WithinGroupStatistics {
        reliability = reliability == null ? ReliabilityStatistics.none() : reliability;
        missingData = missingData == null ? MissingDataStatistics.none() : missingData;
    }

    /** Without the missing-data sensitivity (what the command line's {@code paired} does not compute). */
    public WithinGroupStatistics(PairedStatistics paired, ImportantChangeStatistics importantChange,
            ReliabilityStatistics reliability) {
        this(paired, importantChange, reliability, null);
    }

    @Override
    public WithinGroupStatistics withoutSmallCounts() {
        return new WithinGroupStatistics(paired.withoutSmallCounts(), importantChange.withoutSmallCounts(),
                reliability.withoutSmallCounts(), missingData.withoutSmallCounts());
    }

    @Override
    public WithinGroupStatistics withheld() {
        return new WithinGroupStatistics(PairedStatistics.none(), ImportantChangeStatistics.none(),
                ReliabilityStatistics.none(), MissingDataStatistics.none());
    }
}
