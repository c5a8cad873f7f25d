package dk.virkning.stats.contract;

/** The analyses of a stored evaluation result, each with the record type of its statistics. */
public enum Analysis {
    /** Pre → post within one group. */
    WITHIN(WithinGroupStatistics.class),
    /** Intervention against control (controlled designs). */
    BETWEEN(BetweenGroupStatistics.class),
    /** Baseline of completers against non-completers. */
    ATTRITION(AttritionStatistics.class),
    /** The mixed model over all waves, with the retention from post to follow-up (baseline + two or more later waves). */
    WAVES(WavesStatistics.class);

    private final Class<? extends CellStatistics> type;

    Analysis(Class<? extends CellStatistics> type) {
        this.type = type;
    }

    /** The record type of this analysis's statistics. */
    public Class<? extends CellStatistics> type() {
        return type;
    }
}
