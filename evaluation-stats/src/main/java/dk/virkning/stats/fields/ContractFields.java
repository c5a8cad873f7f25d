package dk.virkning.stats.fields;

import java.util.Map;

import dk.virkning.stats.attrition.AttritionResult;
import dk.virkning.stats.controlled.AncovaResult;
import dk.virkning.stats.controlled.ControlledResult;
import dk.virkning.stats.effectsize.StandardizedDifference;
import dk.virkning.stats.inference.SignedRankResult;
import dk.virkning.stats.inference.TTestResult;
import dk.virkning.stats.paired.Caseness;
import dk.virkning.stats.paired.ImportantChangeShares;
import dk.virkning.stats.paired.PairedResult;

/**
 * The field names of the statistics contract (STATISTICS.md), written in one place for the
 * command line and for the stored results of the evaluation job. The names beyond the contract
 * (minimal important change, attrition) follow the same style.
 */
public final class ContractFields {

    private ContractFields() {
    }

    /** Within-group fields, including the caseness fields ({@code null} without a cut-off). */
    public static void writePaired(PairedResult r, FieldSink out) {
        TTestResult t = r.tTest();
        StandardizedDifference dz = r.changeEffect();
        SignedRankResult w = r.wilcoxon();
        out.integer("n", r.n())
                .integer("n_missing", r.nMissing())
                .number("mean_pre", r.meanPre())
                .number("sd_pre", r.sdPre())
                .number("mean_post", r.meanPost())
                .number("sd_post", r.sdPost())
                .number("mean_change", r.meanChange())
                .number("sd_change", r.sdChange())
                .number("r_pre_post", r.rPrePost())
                .number("t", t == null ? null : t.t())
                .number("df", t == null ? null : t.df())
                .number("p_t", t == null ? null : t.p())
                .interval("ci_change", t == null ? null : t.ci())
                .number("d_z", dz.d())
                .interval("d_z_ci", dz.dCi())
                .number("g_z", dz.g())
                .interval("g_z_ci", dz.gCi())
                .number("d_av", r.dAv())
                .number("g_av", r.gAv())
                .number("d_rm", r.dRm())
                .number("wilcoxon_v", w == null ? null : w.v())
                .number("wilcoxon_p", w == null ? null : w.p());
        writeCaseness(r.caseness(), out);
    }

    public static void writeCaseness(Caseness c, FieldSink out) {
        out.integer("cases_pre", c == null ? null : c.casesPre())
                .integer("cases_post", c == null ? null : c.casesPost())
                .integer("cases_resolved", c == null ? null : c.resolved())
                .integer("cases_new", c == null ? null : c.newCases())
                .number("mcnemar_p", c == null ? null : c.mcnemarP())
                .number("mcnemar_exact_p", c == null ? null : c.mcnemarExactP());
    }

    public static void writeControlled(ControlledResult r, FieldSink out) {
        AncovaResult a = r.ancova();
        out.integer("n_intervention", r.nIntervention())
                .integer("n_control", r.nControl())
                .number("mean_change_intervention", r.meanChangeIntervention())
                .number("mean_change_control", r.meanChangeControl())
                .number("difference_in_change", r.differenceInChange())
                .number("g_change", r.changeEffect().g())
                .interval("g_change_ci", r.changeEffect().gCi())
                .number("ancova_diff", a == null ? null : a.difference())
                .number("ancova_se", a == null ? null : a.se())
                .interval("ancova_ci", a == null ? null : a.ci())
                .number("ancova_p", a == null ? null : a.p());
    }

    public static void writeMinimalImportantChange(ImportantChangeShares m, FieldSink out) {
        out.number("mic", m.mic())
                .integer("mic_improved", m.improved())
                .integer("mic_deteriorated", m.deteriorated())
                .number("share_improved", m.shareImproved())
                .number("share_deteriorated", m.shareDeteriorated());
    }

    public static void writeAttrition(AttritionResult r, FieldSink out) {
        TTestResult welch = r.welch();
        out.integer("n_completers", r.nCompleters())
                .integer("n_non_completers", r.nNonCompleters())
                .number("mean_completers", r.meanCompleters())
                .number("sd_completers", r.sdCompleters())
                .number("mean_non_completers", r.meanNonCompleters())
                .number("sd_non_completers", r.sdNonCompleters())
                .number("difference", r.difference())
                .number("welch_t", welch == null ? null : welch.t())
                .number("welch_df", welch == null ? null : welch.df())
                .number("welch_p", welch == null ? null : welch.p())
                .interval("welch_ci", welch == null ? null : welch.ci());
    }

    public static Map<String, Object> paired(PairedResult r) {
        MapFieldSink sink = new MapFieldSink();
        writePaired(r, sink);
        return sink.fields();
    }

    public static Map<String, Object> caseness(Caseness c) {
        MapFieldSink sink = new MapFieldSink();
        writeCaseness(c, sink);
        return sink.fields();
    }

    public static Map<String, Object> controlled(ControlledResult r) {
        MapFieldSink sink = new MapFieldSink();
        writeControlled(r, sink);
        return sink.fields();
    }

    public static Map<String, Object> minimalImportantChange(ImportantChangeShares m) {
        MapFieldSink sink = new MapFieldSink();
        writeMinimalImportantChange(m, sink);
        return sink.fields();
    }

    public static Map<String, Object> attrition(AttritionResult r) {
        MapFieldSink sink = new MapFieldSink();
        writeAttrition(r, sink);
        return sink.fields();
    }
}
