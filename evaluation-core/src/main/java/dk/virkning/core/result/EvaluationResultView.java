package dk.virkning.core.result;

import java.time.OffsetDateTime;
import java.util.List;

import dk.virkning.stats.contract.CellStatistics;

/**
 * One evaluation result as a caller may see it.
 *
 * @param n          participants in the cell, or {@code null} when suppressed for this caller
 * @param statistics the statistics of the analysis (docs/methods.md); withheld ones are {@code null}
 * @param withheld   the fields withheld from this caller because they would reveal fewer than five people
 */
public record EvaluationResultView(String instrument, String baselineWave, String laterWave, String subgroupType,
                                   String subgroupValue, String analysis, Integer n, boolean caution,
                                   boolean suppressed, CellStatistics statistics, List<String> withheld,
                                   OffsetDateTime computedAt) {
}
