package dk.virkning.batch.report.project;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportFonts;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.batch.report.pdf.Shortened;
import dk.virkning.core.project.Wave;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.AttritionStatistics;

/**
 * Participant flow, CONSORT style: enrolled → answered the baseline → answered each later wave,
 * per arm in controlled designs, with the number who did not answer beside each step; then
 * whether those who dropped out differed at baseline (the ATTRITION results).
 */
final class FlowSection {

    private static final float BOX_HEIGHT = 30;
    private static final float GAP = 14;

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    FlowSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        ProjectReportData data = context.data();
        List<String> arms = data.project().controlled() ? List.of("INTERVENTION", "CONTROL") : List.of("ALL");
        float height = (data.waves().size() + 1) * (BOX_HEIGHT + GAP) + (arms.size() > 1 ? 16 : 0);
        pdf.heading(text.get("flow.heading"), height);
        pdf.drawing(pdf.width(), height, g -> draw(g, arms));
        pdf.paragraph(text.get("flow.explanation"), pdf.note);
        attrition();
    }

    private void draw(Graphics2D g, List<String> arms) {
        ProjectReportData data = context.data();
        float columnWidth = pdf.width() / arms.size();
        float top = arms.size() > 1 ? 16 : 0;
        g.setFont(ReportFonts.awt(false, 8f));
        for (int a = 0; a < arms.size(); a++) {
            String arm = arms.get(a);
            float x = a * columnWidth + 4;
            float mainWidth = Math.min(150, columnWidth * 0.55f);
            float sideWidth = Math.min(100, columnWidth - mainWidth - 30);
            if (arms.size() > 1) {
                g.setFont(ReportFonts.awt(true, 9f));
                g.setColor(PdfReport.ACCENT);
                g.drawString(context.label("arm", arm), x, 10);
                g.setFont(ReportFonts.awt(false, 8f));
            }
            int enrolled = enrolled(arm);
            float y = top;
            box(g, x, y, mainWidth, text.get("flow.enrolled"), context.enrolmentCount(enrolled), PdfReport.SHADE);
            for (Wave wave : data.waves()) {
                float next = y + BOX_HEIGHT + GAP;
                arrow(g, x + mainWidth / 2, y + BOX_HEIGHT, next);
                int answered = answered(wave.id(), arm);
                int missing = Math.max(0, enrolled - answered);
                // enrolled = answered + not answered: where one of the two is withheld as 1-4, so is the other.
                boolean oneSmall = context.hidden(answered) && answered > 0 || context.hidden(missing) && missing > 0;
                box(g, x, next, mainWidth, text.get("flow.answered", wave.name()),
                        oneSmall && !context.hidden(answered) ? ReportText.WITHHELD : context.enrolmentCount(answered), Color.WHITE);
                float sideX = x + mainWidth + 22;
                g.setColor(PdfReport.MUTED);
                g.draw(new Line2D.Float(x + mainWidth, next + BOX_HEIGHT / 2, sideX, next + BOX_HEIGHT / 2));
                box(g, sideX, next + 3, sideWidth, text.get("flow.notAnswered"),
                        oneSmall && !context.hidden(missing) ? ReportText.WITHHELD : context.enrolmentCount(missing), Color.WHITE);
                y = next;
            }
        }
    }

    private void box(Graphics2D g, float x, float y, float width, String label, String value, Color fill) {
        Rectangle2D.Float rectangle = new Rectangle2D.Float(x, y, width, BOX_HEIGHT - (fill == Color.WHITE && width < 120 ? 6 : 0));
        g.setColor(fill);
        g.fill(rectangle);
        g.setColor(PdfReport.RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(rectangle);
        g.setColor(PdfReport.INK);
        FontMetrics metrics = g.getFontMetrics();
        String fitted = Shortened.toWidth(label, width - 8, metrics::stringWidth);
        g.drawString(fitted, x + 4, y + 11);
        g.setFont(ReportFonts.awt(true, 8f));
        g.drawString("n = " + value, x + 4, y + 22);
        g.setFont(ReportFonts.awt(false, 8f));
    }

    private static void arrow(Graphics2D g, float x, float from, float to) {
        g.setColor(PdfReport.MUTED);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(x, from, x, to - 1));
        Path2D.Float head = new Path2D.Float();
        head.moveTo(x - 3, to - 5);
        head.lineTo(x + 3, to - 5);
        head.lineTo(x, to);
        head.closePath();
        g.fill(head);
    }

    private int enrolled(String arm) {
        return context.data().enrolled().stream().filter(c -> arm.equals("ALL") || c.arm().equals(arm))
                .mapToInt(ProjectReportData.ArmCount::participants).sum();
    }

    private int answered(long waveId, String arm) {
        return context.data().respondents().stream()
                .filter(c -> c.waveId() == waveId && (arm.equals("ALL") || c.arm().equals(arm)))
                .mapToInt(ProjectReportData.WaveCount::participants).sum();
    }

    private void attrition() {
        ProjectReportData data = context.data();
        List<ProjectReportData.Result> rows = new ArrayList<>();
        for (ProjectReportData.Result r : data.results()) {
            if (r.isAll() && r.analysis() == Analysis.ATTRITION) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        pdf.subheading(text.get("attrition.heading"));
        PdfPTable table = pdf.table(2.2f, 1.6f, 0.9f, 0.9f, 1.3f, 1.3f, 1.3f, 0.8f);
        for (String key : List.of("attrition.instrument", "attrition.pair", "attrition.completers",
                "attrition.dropouts", "attrition.meanCompleters", "attrition.meanDropouts", "attrition.difference",
                "attrition.p")) {
            pdf.headerCell(table, text.get(key));
        }
        List<String> differing = new ArrayList<>();
        for (ProjectReportData.Result r : rows) {
            InstrumentView instrument = context.instrument(r.instrument()).orElse(null);
            if (instrument == null) {
                continue;
            }
            AttritionStatistics s = r.attrition();
            Integer completers = s.nCompleters();
            Integer dropouts = s.nNonCompleters();
            boolean hidden = context.hidden(completers) || context.hidden(dropouts) || context.hidden(r)
                    || context.withheld(r, "n_completers");
            int d = instrument.decimals();
            pdf.cell(table, instrument.shortName());
            pdf.cell(table, context.pair(r.baselineWaveId(), r.laterWaveId()));
            pdf.numberCell(table, context.count(r, "n_completers", completers));
            pdf.numberCell(table, context.count(r, "n_non_completers", dropouts));
            pdf.numberCell(table, hidden ? ReportText.NONE : text.number(s.meanCompleters(), d));
            pdf.numberCell(table, hidden ? ReportText.NONE : text.number(s.meanNonCompleters(), d));
            pdf.numberCell(table, hidden ? ReportText.NONE : text.number(s.difference(), d));
            pdf.numberCell(table, hidden ? ReportText.NONE : text.p(s.welchP()));
            Double p = s.welchP();
            if (!hidden && p != null && p < 0.05) {
                differing.add(instrument.shortName() + " (" + context.pair(r.baselineWaveId(), r.laterWaveId()) + ")");
            }
        }
        pdf.add(table);
        pdf.paragraph(differing.isEmpty() ? text.get("attrition.noDifference")
                : text.get("attrition.differs", String.join(", ", differing)));
    }
}
