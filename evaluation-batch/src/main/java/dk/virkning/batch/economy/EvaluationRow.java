package dk.virkning.batch.economy;

/**
 * One evaluation_result row of a project's main wave pair (baseline → the first later wave).
 *
 * @param instrument e.g. {@code LIFE_SAT}
 * @param analysis {@code WITHIN} or {@code BETWEEN}
 * @param subgroupType {@code ALL} or {@code ARM}
 * @param subgroupValue e.g. {@code INTERVENTION}
 * @param n complete pairs
 * @param caution n &lt; 10
 * @param suppressed n &lt; 5
 * @param statistics the statistics contract's fields, as JSON text
 */
public record EvaluationRow(String instrument, String analysis, String subgroupType, String subgroupValue, int n, boolean caution,
        boolean suppressed, String statistics) {
}
