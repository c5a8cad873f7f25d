package dk.virkning.batch.report.project;

import java.util.List;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.describe.Interval;

/**
 * Controlled designs: the difference between intervention and control, adjusted for the baseline
 * (ANCOVA), and Hedges' g of the change scores. This, not the within-group change, is the main
 * result of a controlled design.
 */
final class ControlledSection {

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    ControlledSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        ProjectReportData data = context.data();
        if (!data.project().controlled()) {
            return;
        }
        pdf.heading(text.get("controlled.heading"));
        pdf.paragraph(text.get("controlled.explanation"), pdf.note);
        EffectWording wording = new EffectWording(context);
        boolean any = false;
        for (String id : data.instrumentsWithResults()) {
            InstrumentView instrument = context.instrument(id).orElse(null);
            if (instrument == null) {
                continue;
            }
            List<ProjectReportData.Result> rows = data.laterWaves().stream()
                    .flatMap(w -> data.result(id, w.id(), "ALL", "ALL", Analysis.BETWEEN).stream()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            any = true;
            pdf.subheading(instrument.shortName());
            pdf.paragraph(String.join(" ", wording.between(instrument, rows.get(0))));
            table(instrument, rows);
        }
        if (!any) {
            pdf.paragraph(text.get("controlled.noResults"));
        }
    }

    private void table(InstrumentView instrument, List<ProjectReportData.Result> rows) {
        float[] widths = new float[rows.size() + 1];
        widths[0] = 2.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.8f;
        }
        PdfPTable table = pdf.table(widths);
        pdf.headerCell(table, text.get("instrument.statistic"));
        rows.forEach(r -> pdf.headerCell(table, context.pair(r.baselineWaveId(), r.laterWaveId())));
        int d = instrument.decimals();
        line(table, rows, "controlled.nIntervention", r -> context.count(r, "n_intervention", r.between().nIntervention()), true);
        line(table, rows, "controlled.nControl", r -> context.count(r, "n_control", r.between().nControl()), true);
        line(table, rows, "controlled.changeIntervention", r -> text.number(r.between().meanChangeIntervention(), d), false);
        line(table, rows, "controlled.changeControl", r -> text.number(r.between().meanChangeControl(), d), false);
        line(table, rows, "controlled.differenceInChange", r -> text.number(r.between().differenceInChange(), d), false);
        line(table, rows, "controlled.ancova", r -> text.withInterval(r.between().ancovaDiff(),
                Interval.lowerOf(r.between().ancovaCi()), Interval.upperOf(r.between().ancovaCi()), d), false);
        line(table, rows, "controlled.ancovaP", r -> text.p(r.between().ancovaP()), false);
        boolean carried = rows.stream().anyMatch(r -> r.between().bocfNImputed() != null && r.between().bocfNImputed() > 0);
        if (carried) {
            line(table, rows, "controlled.bocf", r -> text.withInterval(r.between().bocfAncovaDiff(),
                    Interval.lowerOf(r.between().bocfAncovaCi()), Interval.upperOf(r.between().bocfAncovaCi()), d), false);
        }
        line(table, rows, "controlled.gChange", r -> text.withInterval(r.between().gChange(),
                Interval.lowerOf(r.between().gChangeCi()), Interval.upperOf(r.between().gChangeCi()), 2), false);
        pdf.add(table);
        if (carried) {
            boolean differs = rows.stream().anyMatch(r -> !context.hidden(r) && Boolean.TRUE.equals(r.between().bocfDiffers()));
            pdf.paragraph(text.get(differs ? "bocf.differs" : "bocf.same"), pdf.note);
        }
    }

    private void line(PdfPTable table, List<ProjectReportData.Result> rows, String key,
            java.util.function.Function<ProjectReportData.Result, String> value, boolean isCount) {
        pdf.cell(table, text.get(key));
        for (ProjectReportData.Result r : rows) {
            pdf.numberCell(table, context.hidden(r) ? (isCount ? ProjectContext.hiddenN(r) : ReportText.NONE) : value.apply(r));
        }
    }
}
