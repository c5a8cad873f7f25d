package dk.virkning.batch.evaluation;

import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.CellStatistics;

/**
 * One result of the evaluation job: a project × instrument × wave pair × subgroup × analysis.
 *
 * @param statistics the statistics, of the record type of the analysis
 */
public record EvaluationCell(String instrument, long baselineWaveId, long laterWaveId, Subgroup subgroup,
                             Analysis analysis, int n, CellStatistics statistics) {

    /** The contract's "interpret with caution" flag. */
    public boolean caution() {
        return n < 10;
    }

    /** Hidden from everyone but the project's own staff (docs/privacy.md). */
    public boolean suppressed() {
        return n < 5;
    }
}
