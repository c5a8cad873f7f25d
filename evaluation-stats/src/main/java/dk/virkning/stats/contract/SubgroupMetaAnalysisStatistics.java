package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.virkning.stats.meta.SubgroupMeta;

/**
 * A subgroup meta-analysis (docs/methods.md §3.5): what {@code virkning-stats meta} prints for an
 * input with a {@code group} column. The overall fields come first, as without groups.
 *
 * @param overall every study pooled together
 * @param groups  each group pooled on its own, in order of first appearance
 * @param qm      the test of the group difference, as metafor's QM with {@code mods = ~ factor(group)}
 * @param qmDf    its degrees of freedom: [m, null] for the χ² test, [m, k − g] for the F test
 * @param qmP     its p-value
 */
public record SubgroupMetaAnalysisStatistics(
        @JsonUnwrapped MetaAnalysisStatistics overall,
        @JsonProperty("groups") List<GroupMetaAnalysisStatistics> groups,
        @JsonProperty("qm") Double qm,
        @JsonProperty("qm_df") List<Integer> qmDf,
        @JsonProperty("qm_p") Double qmP) {

    public static SubgroupMetaAnalysisStatistics of(SubgroupMeta.Result r) {
        List<GroupMetaAnalysisStatistics> groups = r.groups().stream()
                .map(g -> new GroupMetaAnalysisStatistics(g.name(), MetaAnalysisStatistics.of(g.result())))
                .toList();
        return new SubgroupMetaAnalysisStatistics(MetaAnalysisStatistics.of(r.overall()), groups, finite(r.qm()),
                r.qmDf() == null ? null : Arrays.asList(r.qmDf(), r.qmDf2()), finite(r.qmP()));
    }
}
