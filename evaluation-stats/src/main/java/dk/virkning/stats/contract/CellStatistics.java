package dk.virkning.stats.contract;

/**
 * The statistics of one stored evaluation result, one record type per {@link Analysis}. Stored as
 * jsonb and read back through {@link ContractJson}; the JSON field names are the contract of
 * docs/methods.md.
 */
public sealed interface CellStatistics permits WithinGroupStatistics, BetweenGroupStatistics, AttritionStatistics,
        WavesStatistics {

    /**
     * A copy in which every count of one to four people is {@code null}, together with the
     * statistics that would let a reader recompute it (docs/privacy.md, small cells). Zero stays:
     * that nobody is in a cell discloses no one.
     */
    CellStatistics withoutSmallCounts();

    /** A copy with every field {@code null}: a whole result resting on fewer than five people. */
    CellStatistics withheld();
}
