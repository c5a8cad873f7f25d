package dk.virkning.batch.report.project;

import java.util.List;
import java.util.function.Function;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.instrument.CutOff;

/**
 * One instrument: a before/after chart, the change with its interval and effect sizes for each
 * later wave, the reliable change with the reliabilities behind it, caseness transitions with McNemar's test, and a one-line interpretation.
 */
final class InstrumentSection {

    private static final float CHART_HEIGHT = 190;

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    InstrumentSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write(InstrumentView instrument) {
        ProjectReportData data = context.data();
        pdf.heading(instrument.name(), CHART_HEIGHT + 30);
        List<ProjectReportData.Result> results = data.laterWaves().stream()
                .flatMap(w -> data.result(instrument.id(), w.id(), "ALL", "ALL", Analysis.WITHIN).stream())
                .toList();
        if (results.isEmpty()) {
            pdf.paragraph(text.get("instrument.noResults"));
            return;
        }
        ProjectReportData.Result main = results.get(0);
        if (context.hidden(main)) {
            pdf.paragraph(text.get("summary.hidden", instrument.shortName()));
        } else {
            chart(instrument, main);
        }
        statisticsTable(instrument, results);
        new ReliableChangeTable(context).write(instrument, results);
        casenessTable(instrument, results);
        if (!context.hidden(main)) {
            pdf.labelled(text.get("instrument.interpretation"), new EffectWording(context).interpretation(instrument, main));
        }
        if (main.caution() && !context.hidden(main)) {
            pdf.paragraph(text.get("summary.caution"), pdf.note);
        }
    }

    private void chart(InstrumentView instrument, ProjectReportData.Result main) {
        ProjectReportData data = context.data();
        List<ProjectReportData.ScorePair> pairs = main.laterWaveId() == data.waves().get(1).id()
                ? data.pairs().stream().filter(p -> p.instrument().equals(instrument.id())).toList() : List.of();
        String before = data.waveName(main.baselineWaveId());
        String after = data.waveName(main.laterWaveId());
        pdf.chart(ReportCharts.beforeAfter(instrument, pairs, main.within(), text, before, after), pdf.width() * 0.78f, CHART_HEIGHT);
        String caption = pairs.isEmpty() ? "chart.captionMeans"
                : pairs.size() <= ReportCharts.MAX_INDIVIDUAL_LINES ? "chart.captionLines" : "chart.captionBoxes";
        pdf.paragraph(text.get(caption, text.integer(main.n())), pdf.note);
    }

    private void statisticsTable(InstrumentView instrument, List<ProjectReportData.Result> results) {
        int d = instrument.decimals();
        String mic = instrument.micText(text);
        PdfPTable table = header(results, "instrument.statistic");
        row(table, results, text.get("stat.n"), r -> context.count(r.n()), true);
        row(table, results, text.get("stat.missing"), r -> context.count(r, "n_missing", r.within().paired().nMissing()), true);
        row(table, results, text.get("stat.pre"), r -> meanSd(r.within().paired().meanPre(), r.within().paired().sdPre(), d), false);
        row(table, results, text.get("stat.post"), r -> meanSd(r.within().paired().meanPost(), r.within().paired().sdPost(), d), false);
        row(table, results, text.get("stat.change"), r -> text.withInterval(r.within().paired().meanChange(),
                Interval.lowerOf(r.within().paired().ciChange()), Interval.upperOf(r.within().paired().ciChange()), d), false);
        row(table, results, text.get("stat.dz"), r -> text.withInterval(r.within().paired().dZ(),
                Interval.lowerOf(r.within().paired().dZCi()), Interval.upperOf(r.within().paired().dZCi()), 2), false);
        row(table, results, text.get("stat.gz"), r -> text.withInterval(r.within().paired().gZ(),
                Interval.lowerOf(r.within().paired().gZCi()), Interval.upperOf(r.within().paired().gZCi()), 2), false);
        row(table, results, text.get("stat.p"), r -> text.p(r.within().paired().pT()), false);
        boolean carried = results.stream().anyMatch(r -> positive(r.within().missingData().nImputed()));
        if (carried) {
            row(table, results, text.get("stat.bocf"), r -> text.withInterval(r.within().missingData().meanChange(),
                    Interval.lowerOf(r.within().missingData().ciChange()),
                    Interval.upperOf(r.within().missingData().ciChange()), d), false);
        }
        row(table, results, text.get("stat.wilcoxon"), r -> text.p(r.within().paired().wilcoxonP()), false);
        row(table, results, text.get("stat.improved", mic), r -> share(r, "mic_improved", r.within().importantChange().micImproved(), r.within().importantChange().shareImproved()), false);
        row(table, results, text.get("stat.deteriorated", mic), r -> share(r, "mic_deteriorated", r.within().importantChange().micDeteriorated(), r.within().importantChange().shareDeteriorated()), false);
        pdf.add(table);
        pdf.paragraph(text.get(instrument.higherIsBetter() ? "instrument.higherBetter" : "instrument.higherWorse"), pdf.note);
        if (carried) {
            boolean differs = results.stream().anyMatch(r -> !context.hidden(r)
                    && Boolean.TRUE.equals(r.within().missingData().differs()));
            pdf.paragraph(text.get(differs ? "bocf.differs" : "bocf.same"), pdf.note);
        }
    }

    private static boolean positive(Integer count) {
        return count != null && count > 0;
    }

    private void casenessTable(InstrumentView instrument, List<ProjectReportData.Result> results) {
        CutOff cutOff = instrument.instrument().primaryCutOff().orElse(null);
        if (cutOff == null || results.stream().allMatch(r -> r.within().paired().casesPre() == null)) {
            return;
        }
        String label = cutOff.label().in(text.language().locale()) + " ("
                + text.get(cutOff.comparison().name().equals("AT_MOST") ? "cutoff.atMost" : "cutoff.atLeast",
                        text.number(cutOff.threshold(), 0)) + ")";
        pdf.subheading(text.get("caseness.heading", label));
        PdfPTable table = header(results, "caseness.measure");
        row(table, results, text.get("caseness.pre"), r -> context.count(r, "cases_pre", r.within().paired().casesPre()), true);
        row(table, results, text.get("caseness.post"), r -> context.count(r, "cases_post", r.within().paired().casesPost()), true);
        row(table, results, text.get("caseness.resolved"), r -> context.count(r, "cases_resolved", r.within().paired().casesResolved()), true);
        row(table, results, text.get("caseness.new"), r -> context.count(r, "cases_new", r.within().paired().casesNew()), true);
        row(table, results, text.get("caseness.mcnemar"), r -> context.withheld(r, "mcnemar_p") ? ReportText.NONE : text.p(r.within().paired().mcnemarP()), false);
        row(table, results, text.get("caseness.mcnemarExact"), r -> context.withheld(r, "mcnemar_exact_p") ? ReportText.NONE : text.p(r.within().paired().mcnemarExactP()), false);
        pdf.add(table);
    }

    private PdfPTable header(List<ProjectReportData.Result> results, String firstColumn) {
        float[] widths = new float[results.size() + 1];
        widths[0] = 2.4f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.6f;
        }
        PdfPTable table = pdf.table(widths);
        pdf.headerCell(table, text.get(firstColumn));
        results.forEach(r -> pdf.headerCell(table, context.pair(r.baselineWaveId(), r.laterWaveId())));
        return table;
    }

    /** A row of the table; a funder sees "–" for every statistic of a hidden cell, and "&lt;5" for its counts. */
    private void row(PdfPTable table, List<ProjectReportData.Result> results, String label,
            Function<ProjectReportData.Result, String> value, boolean isCount) {
        pdf.cell(table, label);
        for (ProjectReportData.Result r : results) {
            boolean hidden = context.hidden(r);
            pdf.numberCell(table, hidden ? (isCount && label.equals(text.get("stat.n")) ? ProjectContext.hiddenN(r)
                    : ReportText.NONE) : value.apply(r));
        }
    }

    private String meanSd(Double mean, Double sd, int decimals) {
        return mean == null ? ReportText.NONE : text.number(mean, decimals) + " (" + text.number(sd, decimals) + ")";
    }

    private String share(ProjectReportData.Result r, String countField, Integer count, Double share) {
        if (share == null) {
            return ReportText.NONE;
        }
        if (context.withheld(r, countField) || context.hidden(count) && count > 0) {
            return context.count(r, countField, count);
        }
        return text.percent(share) + " (" + context.count(count) + ")";
    }
}
