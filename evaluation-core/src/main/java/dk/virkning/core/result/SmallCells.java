package dk.virkning.core.result;

import java.util.List;

import dk.virkning.stats.contract.CellStatistics;
import dk.virkning.stats.contract.ContractJson;

/**
 * Suppression of small cells for everyone but a project's own staff (docs/privacy.md, small
 * cells). A result resting on fewer than five participants shows no statistics at all; in larger
 * results every count of one to four people is withheld, with the statistics that would reveal it
 * (each record of the contract knows which those are).
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** The statistics as a funder may see them, and the names of the fields withheld. */
    public static Suppressed suppress(CellStatistics statistics, boolean wholeRowSuppressed) {
        if (wholeRowSuppressed) {
            return new Suppressed(statistics.withheld(), ContractJson.fieldNames(statistics));
        }
        CellStatistics shown = statistics.withoutSmallCounts();
        return new Suppressed(shown, ContractJson.cleared(statistics, shown));
    }

    public record Suppressed(CellStatistics statistics, List<String> withheld) {
    }
}
