package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.attrition.AttritionResult;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.inference.TTestResult;

/**
 * Baseline scores of those who answered a later wave against those who did not
 * (docs/methods.md §4); every stored ATTRITION result.
 *
 * @param nCompleters participants with the later wave
 * @param nNonCompleters participants without it
 * @param meanCompleters mean baseline of completers
 * @param sdCompleters its SD
 * @param meanNonCompleters mean baseline of non-completers
 * @param sdNonCompleters its SD
 * @param difference completers minus non-completers
 * @param welchT Welch's t
 * @param welchDf its degrees of freedom
 * @param welchP its two-sided p
 * @param welchCi 95% interval of the difference
 */
public record AttritionStatistics(
        @JsonProperty("n_completers") Integer nCompleters,
        @JsonProperty("n_non_completers") Integer nNonCompleters,
        @JsonProperty("mean_completers") Double meanCompleters,
        @JsonProperty("sd_completers") Double sdCompleters,
        @JsonProperty("mean_non_completers") Double meanNonCompleters,
        @JsonProperty("sd_non_completers") Double sdNonCompleters,
        @JsonProperty("difference") Double difference,
        @JsonProperty("welch_t") Double welchT,
        @JsonProperty("welch_df") Double welchDf,
        @JsonProperty("welch_p") Double welchP,
        @JsonProperty("welch_ci") Interval welchCi) implements CellStatistics {

    public static AttritionStatistics of(AttritionResult r) {
        TTestResult welch = r.welch();
        return new AttritionStatistics(r.nCompleters(), r.nNonCompleters(), finite(r.meanCompleters()),
                finite(r.sdCompleters()), finite(r.meanNonCompleters()), finite(r.sdNonCompleters()),
                finite(r.difference()), welch == null ? null : finite(welch.t()), welch == null ? null : finite(welch.df()),
                welch == null ? null : finite(welch.p()), welch == null ? null : finite(welch.ci()));
    }

    @Override
    public AttritionStatistics withoutSmallCounts() {
        return new AttritionStatistics(SmallCount.hide(nCompleters), SmallCount.hide(nNonCompleters), meanCompleters,
                sdCompleters, meanNonCompleters, sdNonCompleters, difference, welchT, welchDf, welchP, welchCi);
    }

    @Override
    public AttritionStatistics withheld() {
        return new AttritionStatistics(null, null, null, null, null, null, null, null, null, null, null);
    }
}
