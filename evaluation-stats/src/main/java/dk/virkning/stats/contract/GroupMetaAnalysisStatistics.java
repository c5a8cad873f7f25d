package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One group's own pooled estimate in a subgroup meta-analysis (docs/methods.md §3.5).
 *
 * @param group      the group's value in the input
 * @param statistics the meta-analysis of the group's studies alone
 */
public record GroupMetaAnalysisStatistics(@JsonProperty("group") String group,
                                          @JsonUnwrapped MetaAnalysisStatistics statistics) {
}
