package dk.virkning.batch.report.project;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.RetentionStatistics;
import dk.virkning.stats.contract.WaveChangeStatistics;
import dk.virkning.stats.contract.WavesStatistics;
import dk.virkning.stats.describe.Interval;

/**
 * An instrument measured at baseline and two or more later waves: the trajectory from the mixed
 * model over all waves (docs/methods.md §1.8) as a chart of the change from baseline at each wave
 * with its 95% interval, a table of the same numbers, and a sentence on how much of the change at
 * post remained at follow-up. A funder sees what the results API shows a funder: a wave answered by
 * one to four people only by its name, and no retention that involves it.
 */
final class TrajectorySection {

    private static final float CHART_HEIGHT = 170;

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    TrajectorySection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write(InstrumentView instrument) {
        ProjectReportData.Result result = context.data().results().stream()
                .filter(r -> r.instrument().equals(instrument.id()) && r.isAll() && r.analysis() == Analysis.WAVES)
                .findFirst().orElse(null);
        if (result == null) {
            return;
        }
        pdf.subheading(text.get("trajectory.heading"), CHART_HEIGHT + 40);
        if (context.hidden(result)) {
            pdf.paragraph(text.get("trajectory.hidden"));
            return;
        }
        WavesStatistics waves = (WavesStatistics) result.statistics();
        if (context.audience().suppressesSmallCells()) {
            waves = waves.withoutSmallCounts();
        }
        if (waves.changes() == null || waves.changes().isEmpty()) {
            pdf.paragraph(text.get("trajectory.undefined"));
            return;
        }
        int d = instrument.decimals();
        String baseline = context.data().waveName(result.baselineWaveId());
        pdf.chart(ReportCharts.trajectory(waves, baseline, text, text.get("trajectory.axis"),
                d), pdf.width() * 0.78f, CHART_HEIGHT);
        String caption = text.get("trajectory.caption", text.integer(result.n()), context.count(waves.observations()));
        // The model is over the whole group: in a controlled design it mixes the arms; the comparison is elsewhere.
        pdf.paragraph(context.data().project().controlled() ? caption + " " + text.get("trajectory.bothArms") : caption,
                pdf.note);
        table(waves, baseline, d);
        retention(waves, d);
        if (result.caution()) {
            pdf.paragraph(text.get("summary.caution"), pdf.note);
        }
    }

    private void table(WavesStatistics waves, String baseline, int d) {
        PdfPTable table = pdf.table(2.2f, 1f, 2.4f, 1f);
        pdf.headerCell(table, text.get("trajectory.wave"));
        pdf.headerCell(table, text.get("trajectory.scores"));
        pdf.headerCell(table, text.get("trajectory.change"));
        pdf.headerCell(table, text.get("trajectory.p"));
        Integer atBaseline = baselineScores(waves);
        pdf.cell(table, baseline);
        pdf.numberCell(table, atBaseline == null ? ReportText.WITHHELD : context.count(atBaseline));
        pdf.numberCell(table, text.get("trajectory.reference"));
        pdf.numberCell(table, ReportText.NONE);
        for (WaveChangeStatistics w : waves.changes()) {
            pdf.cell(table, w.wave());
            if (w.observations() == null) {
                pdf.numberCell(table, ReportText.SMALL_CELL);
                pdf.numberCell(table, ReportText.NONE);
                pdf.numberCell(table, ReportText.NONE);
                continue;
            }
            pdf.numberCell(table, context.count(w.observations()));
            pdf.numberCell(table, text.withInterval(w.change(), Interval.lowerOf(w.ci()), Interval.upperOf(w.ci()), d));
            pdf.numberCell(table, text.p(w.p()));
        }
        pdf.add(table);
    }

    /** Scores at baseline: all scores less those at the later waves; unknown when a count is withheld. */
    private static Integer baselineScores(WavesStatistics waves) {
        if (waves.observations() == null || waves.changes().stream().anyMatch(w -> w.observations() == null)) {
            return null;
        }
        return waves.observations() - waves.changes().stream().mapToInt(WaveChangeStatistics::observations).sum();
    }

    private void retention(WavesStatistics waves, int d) {
        RetentionStatistics r = waves.retention();
        if (r == null) {
            if (waves.changes().size() >= 2) {
                pdf.paragraph(text.get("trajectory.retentionHidden"));
            }
            return;
        }
        if (r.difference() == null) {
            return;
        }
        StringBuilder sentence = new StringBuilder(text.get("trajectory.retention", r.fromWave(), r.toWave(),
                text.points(r.difference(), d), text.interval(Interval.lowerOf(r.ci()), Interval.upperOf(r.ci()), d),
                text.pStatement(r.p())));
        sentence.append(' ');
        if (r.shareRetained() == null) {
            sentence.append(text.get("trajectory.noShare", r.fromWave()));
        } else {
            sentence.append(text.get("trajectory.share", r.fromWave(), r.toWave(), text.percent(r.shareRetained()),
                    text.get("interval", text.percent(Interval.lowerOf(r.shareRetainedCi())),
                            text.percent(Interval.upperOf(r.shareRetainedCi())))));
        }
        sentence.append(' ');
        Double post = waves.changes().get(0).change();
        boolean sure = r.ci() != null && (r.ci().lower() > 0 || r.ci().upper() < 0);
        if (!sure) {
            sentence.append(text.get("trajectory.held", r.toWave()));
        } else if (post != null && Math.signum(r.difference()) != Math.signum(post)) {
            sentence.append(text.get("trajectory.faded", r.fromWave(), r.toWave()));
        } else {
            sentence.append(text.get("trajectory.grew", r.fromWave(), r.toWave()));
        }
        pdf.labelled(text.get("trajectory.retentionLabel"), sentence.toString());
    }
}
