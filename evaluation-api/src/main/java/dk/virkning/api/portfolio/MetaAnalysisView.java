package dk.virkning.api.portfolio;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.contract.GroupMetaAnalysisStatistics;
import dk.virkning.stats.contract.MetaAnalysisStatistics;
import dk.virkning.stats.describe.Interval;

/**
 * A grant pool's projects pooled by design (docs/methods.md §3.5–3.6, docs/api.md). The pooled
 * statistics are in the contract's style, exactly what {@code virkning-stats meta --method M
 * --test T} prints for the {@code studies} as a file {@code study,yi,vi,group}, without the
 * estimate over both designs, which is never an effect.
 *
 * @param projects      funded projects after the filter
 * @param withheld      projects whose effect rests on fewer than five participants: not shown, not pooled
 * @param withoutEffect projects with no effect yet (no later wave, post-only design, no variance)
 * @param studies       the pooled projects' effects
 * @param groups        each design's own pooled estimate ("controlled", "uncontrolled")
 * @param headline      the controlled estimate when at least two controlled projects are pooled
 * @param notPooled     why there is no headline, or {@code null}
 */
public record MetaAnalysisView(long poolId, String instrument, String method, String test, int projects,
        int withheld, int withoutEffect, List<Study> studies, List<GroupMetaAnalysisStatistics> groups,
        @JsonProperty("qm") Double qm, @JsonProperty("qm_df") List<Integer> qmDf, @JsonProperty("qm_p") Double qmP,
        MetaAnalysisStatistics headline, String notPooled) {

    /**
     * One pooled project: its effect in baseline standard deviations, signed so that positive is an
     * improvement, with its sampling variance and the interval y ± 1.96√v.
     *
     * @param measure {@code d_ppc2} (controlled designs) or {@code smcr} (the others)
     */
    public record Study(long projectId, String title, String organisation, String design, String group,
            String measure, double yi, double vi, Interval ci) {
    }
}
