package dk.virkning.stats.cli;

import dk.virkning.stats.effectsize.StandardizedDifference;
import dk.virkning.stats.paired.Caseness;
import dk.virkning.stats.paired.PairedAnalysis;
import dk.virkning.stats.paired.PairedResult;
import dk.virkning.stats.test.SignedRankResult;
import dk.virkning.stats.test.TTestResult;

/** {@code paired}: within-group pre → post analysis of {@code participant,pre,post}. */
final class PairedCommand implements Command<PairedCommand.Rows> {

    private final Double cutoff;

    PairedCommand(Double cutoff) {
        this.cutoff = cutoff;
    }

    static final class Rows {
        final DoubleColumn pre = new DoubleColumn();
        final DoubleColumn post = new DoubleColumn();
    }

    @Override
    public String[] columns() {
        return new String[] {"participant", "pre", "post"};
    }

    @Override
    public Rows newGroup() {
        return new Rows();
    }

    @Override
    public void add(Rows rows, Cells cells) throws BadInputException {
        rows.pre.add(cells.number(1));
        rows.post.add(cells.number(2));
    }

    @Override
    public void write(Rows rows, JsonObjectWriter json) {
        PairedResult r = PairedAnalysis.analyse(rows.pre.toArray(), rows.post.toArray(), cutoff);
        TTestResult t = r.tTest();
        StandardizedDifference dz = r.changeEffect();
        SignedRankResult w = r.wilcoxon();
        Caseness c = r.caseness();
        json.integer("n", r.n())
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
                .number("wilcoxon_p", w == null ? null : w.p())
                .integer("cases_pre", c == null ? null : c.casesPre())
                .integer("cases_post", c == null ? null : c.casesPost())
                .integer("cases_resolved", c == null ? null : c.resolved())
                .integer("cases_new", c == null ? null : c.newCases())
                .number("mcnemar_p", c == null ? null : c.mcnemarP())
                .number("mcnemar_exact_p", c == null ? null : c.mcnemarExactP());
    }
}
