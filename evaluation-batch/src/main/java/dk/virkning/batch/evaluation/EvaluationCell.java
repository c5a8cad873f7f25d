package dk.virkning.batch.evaluation;

import java.util.Map;

/**
 * One result of the evaluation job: a project × instrument × wave pair × subgroup × analysis.
 *
 * @param statistics the statistics under the field names of the statistics contract
 */
public record EvaluationCell(String instrument, long baselineWaveId, long laterWaveId, Subgroup subgroup,
                             Analysis analysis, int n, Map<String, Object> statistics) {

    /** Within-group (pre → post), between-group (controlled designs) or attrition. */
    public enum Analysis { WITHIN, BETWEEN, ATTRITION }

    /** The contract's "interpret with caution" flag. */
    public boolean caution() {
        return n < 10;
    }

    /** Hidden from everyone but the project's own staff (PRIVACY.md). */
    public boolean suppressed() {
        return n < 5;
    }
}
