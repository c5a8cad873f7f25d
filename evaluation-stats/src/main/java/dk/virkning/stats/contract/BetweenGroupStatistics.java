package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.controlled.AncovaResult;
import dk.virkning.stats.controlled.ControlledResult;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.missing.BaselineCarriedForward;
import dk.virkning.stats.missing.MaterialDifference;

/**
 * The between-group statistics of a controlled design (docs/methods.md §2): what
 * {@code virkning-stats controlled} prints and every stored BETWEEN result.
 *
 * @param nIntervention complete pairs in the intervention group
 * @param nControl complete pairs in the control group
 * @param meanChangeIntervention mean change, intervention
 * @param meanChangeControl mean change, control
 * @param differenceInChange intervention minus control
 * @param gChange Hedges' g of the change scores
 * @param gChangeCi its interval
 * @param ancovaDiff adjusted difference (post ~ pre + group)
 * @param ancovaSe its standard error
 * @param ancovaCi its 95% interval
 * @param ancovaP its two-sided p
 * @param dPpc2 the difference in change over the pooled baseline SD (Morris 2008): what a portfolio pools
 * @param dPpc2Vi its sampling variance
 * @param casenessAncovaDiff for an instrument with a cut-off: the difference in the share of cases at the later
 *                           wave, adjusted for baseline caseness (ANCOVA on the 0/1 case indicators, a linear
 *                           probability model); negative when the intervention leaves fewer cases
 * @param casenessAncovaSe its standard error
 * @param casenessAncovaCi its 95% interval
 * @param casenessAncovaP its two-sided p
 * @param bocfNImputed later scores carried forward from the baseline (docs/methods.md §4.1)
 * @param bocfAncovaDiff the ANCOVA difference with the baseline carried forward
 * @param bocfAncovaCi its 95% interval (treating carried values as observed: too narrow)
 * @param bocfAncovaP its two-sided p
 * @param bocfDiffers the complete-case and the BOCF difference differ materially
 */
public record BetweenGroupStatistics(
        @JsonProperty("n_intervention") Integer nIntervention,
        @JsonProperty("n_control") Integer nControl,
        @JsonProperty("mean_change_intervention") Double meanChangeIntervention,
        @JsonProperty("mean_change_control") Double meanChangeControl,
        @JsonProperty("difference_in_change") Double differenceInChange,
        @JsonProperty("g_change") Double gChange,
        @JsonProperty("g_change_ci") Interval gChangeCi,
        @JsonProperty("ancova_diff") Double ancovaDiff,
        @JsonProperty("ancova_se") Double ancovaSe,
        @JsonProperty("ancova_ci") Interval ancovaCi,
        @JsonProperty("ancova_p") Double ancovaP,
        @JsonProperty("d_ppc2") Double dPpc2,
        @JsonProperty("d_ppc2_vi") Double dPpc2Vi,
        @JsonProperty("caseness_ancova_diff") Double casenessAncovaDiff,
        @JsonProperty("caseness_ancova_se") Double casenessAncovaSe,
        @JsonProperty("caseness_ancova_ci") Interval casenessAncovaCi,
        @JsonProperty("caseness_ancova_p") Double casenessAncovaP,
        @JsonProperty("bocf_n_imputed") Integer bocfNImputed,
        @JsonProperty("bocf_ancova_diff") Double bocfAncovaDiff,
        @JsonProperty("bocf_ancova_ci") Interval bocfAncovaCi,
        @JsonProperty("bocf_ancova_p") Double bocfAncovaP,
        @JsonProperty("bocf_differs") Boolean bocfDiffers) implements CellStatistics {

    public static BetweenGroupStatistics of(ControlledResult r) {
        return of(r, null, null);
    }

    /**
     * @param caseness the ANCOVA of the 0/1 case indicators, or null for an instrument without a
     *                 cut-off or when it cannot be estimated
     */
    public static BetweenGroupStatistics of(ControlledResult r, AncovaResult caseness,
            BaselineCarriedForward.ControlledResult bocf) {
        AncovaResult a = r.ancova();
        AncovaResult c = caseness;
        AncovaResult b = bocf == null ? null : bocf.ancova();
        Boolean differs = a == null || b == null ? null
                : MaterialDifference.of(a.difference(), a.ci(), b.difference(), b.ci());
        return new BetweenGroupStatistics(r.nIntervention(), r.nControl(), finite(r.meanChangeIntervention()),
                finite(r.meanChangeControl()), finite(r.differenceInChange()), finite(r.changeEffect().g()),
                finite(r.changeEffect().gCi()), a == null ? null : finite(a.difference()),
                a == null ? null : finite(a.se()), a == null ? null : finite(a.ci()), a == null ? null : finite(a.p()),
                finite(r.dPpc2()), finite(r.dPpc2Variance()), c == null ? null : finite(c.difference()),
                c == null ? null : finite(c.se()), c == null ? null : finite(c.ci()), c == null ? null : finite(c.p()),
                bocf == null ? null : bocf.nImputed(), b == null ? null : finite(b.difference()),
                b == null ? null : finite(b.ci()), b == null ? null : finite(b.p()), differs);
    }

    @Override
    public BetweenGroupStatistics withoutSmallCounts() {
        // one to four carried-forward participants are a small count, and the BOCF difference would reveal it
        boolean bocfHidden = SmallCount.isSmall(bocfNImputed);
        return new BetweenGroupStatistics(SmallCount.hide(nIntervention), SmallCount.hide(nControl),
                meanChangeIntervention, meanChangeControl, differenceInChange, gChange, gChangeCi, ancovaDiff, ancovaSe,
                ancovaCi, ancovaP, dPpc2, dPpc2Vi, casenessAncovaDiff, casenessAncovaSe, casenessAncovaCi,
                casenessAncovaP, bocfHidden ? null : bocfNImputed, bocfHidden ? null : bocfAncovaDiff,
                bocfHidden ? null : bocfAncovaCi, bocfHidden ? null : bocfAncovaP, bocfHidden ? null : bocfDiffers);
    }

    @Override
    public BetweenGroupStatistics withheld() {
        return new BetweenGroupStatistics(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
