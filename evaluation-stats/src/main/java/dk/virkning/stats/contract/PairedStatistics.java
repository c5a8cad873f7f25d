package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.effectsize.StandardizedDifference;
import dk.virkning.stats.inference.SignedRankResult;
import dk.virkning.stats.inference.TTestResult;
import dk.virkning.stats.paired.Caseness;
import dk.virkning.stats.paired.PairedResult;

/**
 * The within-group (pre → post) statistics of one group under the contract's field names
 * (docs/methods.md §1): what {@code virkning-stats paired} prints and the first part of every
 * stored WITHIN result. Change is post − pre; an undefined value is {@code null}. The caseness
 * fields are {@code null} without a cut-off.
 *
 * @param n complete pairs
 * @param nMissing pairs left out for a missing score
 * @param meanPre mean before
 * @param sdPre SD before
 * @param meanPost mean after
 * @param sdPost SD after
 * @param meanChange mean change
 * @param sdChange SD of the change
 * @param rPrePost Pearson correlation of pre and post
 * @param t paired t statistic
 * @param df its degrees of freedom
 * @param pT two-sided p of the t-test
 * @param ciChange 95% interval of the mean change
 * @param dZ Cohen's d_z
 * @param dZCi its noncentral-t interval
 * @param gZ Hedges' g_z
 * @param gZCi its interval
 * @param dAv d_av
 * @param gAv g_av
 * @param dRm d_rm
 * @param smcr the change over the baseline SD, bias-corrected (metafor's "SMCR"): what a portfolio pools
 * @param smcrVi its exact sampling variance (Becker 1988)
 * @param wilcoxonV Wilcoxon signed-rank V
 * @param wilcoxonP its two-sided p
 * @param casesPre cases before
 * @param casesPost cases after
 * @param casesResolved cases before, not after
 * @param casesNew cases after, not before
 * @param mcnemarP McNemar's test (continuity-corrected)
 * @param mcnemarExactP exact McNemar test
 */
public record PairedStatistics(
        @JsonProperty("n") Integer n,
        @JsonProperty("n_missing") Integer nMissing,
        @JsonProperty("mean_pre") Double meanPre,
        @JsonProperty("sd_pre") Double sdPre,
        @JsonProperty("mean_post") Double meanPost,
        @JsonProperty("sd_post") Double sdPost,
        @JsonProperty("mean_change") Double meanChange,
        @JsonProperty("sd_change") Double sdChange,
        @JsonProperty("r_pre_post") Double rPrePost,
        @JsonProperty("t") Double t,
        @JsonProperty("df") Double df,
        @JsonProperty("p_t") Double pT,
        @JsonProperty("ci_change") Interval ciChange,
        @JsonProperty("d_z") Double dZ,
        @JsonProperty("d_z_ci") Interval dZCi,
        @JsonProperty("g_z") Double gZ,
        @JsonProperty("g_z_ci") Interval gZCi,
        @JsonProperty("d_av") Double dAv,
        @JsonProperty("g_av") Double gAv,
        @JsonProperty("d_rm") Double dRm,
        @JsonProperty("smcr") Double smcr,
        @JsonProperty("smcr_vi") Double smcrVi,
        @JsonProperty("wilcoxon_v") Double wilcoxonV,
        @JsonProperty("wilcoxon_p") Double wilcoxonP,
        @JsonProperty("cases_pre") Integer casesPre,
        @JsonProperty("cases_post") Integer casesPost,
        @JsonProperty("cases_resolved") Integer casesResolved,
        @JsonProperty("cases_new") Integer casesNew,
        @JsonProperty("mcnemar_p") Double mcnemarP,
        @JsonProperty("mcnemar_exact_p") Double mcnemarExactP) {

    /** The statistics of an analysis, with the caseness transitions by a cut-off ({@code null}: none). */
    public static PairedStatistics of(PairedResult r, Caseness c) {
        TTestResult t = r.tTest();
        StandardizedDifference dz = r.changeEffect();
        SignedRankResult w = r.wilcoxon();
        return new PairedStatistics(r.n(), r.nMissing(), finite(r.meanPre()), finite(r.sdPre()),
                finite(r.meanPost()), finite(r.sdPost()), finite(r.meanChange()), finite(r.sdChange()),
                finite(r.rPrePost()), t == null ? null : finite(t.t()), t == null ? null : finite(t.df()),
                t == null ? null : finite(t.p()), t == null ? null : finite(t.ci()),
                finite(dz.d()), finite(dz.dCi()), finite(dz.g()), finite(dz.gCi()),
                finite(r.dAv()), finite(r.gAv()), finite(r.dRm()), finite(r.smcr()),
                finite(r.smcrVariance()),
                w == null ? null : finite(w.v()), w == null ? null : finite(w.p()),
                c == null ? null : c.casesPre(), c == null ? null : c.casesPost(),
                c == null ? null : c.resolved(), c == null ? null : c.newCases(),
                c == null ? null : finite(c.mcnemarP()), c == null ? null : finite(c.mcnemarExactP()));
    }

    /** The statistics with the analysis's own caseness (its cut-off, if it had one). */
    public static PairedStatistics of(PairedResult r) {
        return of(r, r.caseness());
    }

    /**
     * Counts of one to four people withheld, with the tests that would reveal them
     * (docs/privacy.md, small cells).
     */
    PairedStatistics withoutSmallCounts() {
        boolean resolvedHidden = SmallCount.isSmall(casesResolved);
        boolean newHidden = SmallCount.isSmall(casesNew);
        boolean mcnemarHidden = resolvedHidden || newHidden;
        return new PairedStatistics(SmallCount.hide(n), SmallCount.hide(nMissing), meanPre, sdPre, meanPost, sdPost,
                meanChange, sdChange, rPrePost, t, df, pT, ciChange, dZ, dZCi, gZ, gZCi, dAv, gAv, dRm, smcr, smcrVi,
                wilcoxonV, wilcoxonP, SmallCount.hide(casesPre), SmallCount.hide(casesPost), SmallCount.hide(casesResolved),
                SmallCount.hide(casesNew), mcnemarHidden ? null : mcnemarP, mcnemarHidden ? null : mcnemarExactP);
    }

    static PairedStatistics none() {
        return new PairedStatistics(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
