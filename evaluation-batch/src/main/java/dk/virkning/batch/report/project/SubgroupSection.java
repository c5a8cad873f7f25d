package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.describe.Interval;

/**
 * The main result broken down by gender, age band and (in controlled designs) arm. Subgroups are
 * small; a cell with n &lt; 5 is shown as "&lt;5" with no statistic, in every edition, because a
 * subgroup of a few people can identify them to anyone who knows the project.
 */
final class SubgroupSection {

    private static final List<String> TYPES = List.of("GENDER", "AGE_BAND", "ARM");

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    SubgroupSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        ProjectReportData data = context.data();
        List<String> instruments = data.instrumentsWithResults();
        if (instruments.isEmpty()) {
            return;
        }
        // the introduction and the first table's heading, header and a few rows
        pdf.heading(text.get("subgroups.heading"), 170);
        pdf.paragraph(text.get("subgroups.explanation"), pdf.note);
        for (String id : instruments) {
            InstrumentView instrument = context.instrument(id).orElse(null);
            Long later = data.mainLaterWave(id).orElse(null);
            if (instrument == null || later == null) {
                continue;
            }
            List<ProjectReportData.Result> rows = new ArrayList<>();
            for (String type : TYPES) {
                data.results().stream()
                        .filter(r -> r.instrument().equals(id) && r.laterWaveId() == later && r.analysis() == Analysis.WITHIN
                                && r.subgroupType().equals(type))
                        .forEach(rows::add);
            }
            if (rows.isEmpty()) {
                continue;
            }
            pdf.subheading(instrument.shortName() + ", " + context.pair(rows.get(0).baselineWaveId(), later));
            table(instrument, rows);
        }
    }

    private void table(InstrumentView instrument, List<ProjectReportData.Result> rows) {
        PdfPTable table = pdf.table(1.4f, 1.6f, 0.7f, 2.2f, 1.9f, 1.4f);
        for (String key : List.of("subgroups.type", "subgroups.group", "stat.nShort", "stat.change", "stat.gz",
                "subgroups.improved")) {
            pdf.headerCell(table, text.get(key, instrument.micText(text)));
        }
        int d = instrument.decimals();
        for (ProjectReportData.Result r : rows) {
            WithinGroupStatistics s = r.within();
            // Fewer than five is "<5" in every edition; a funder's also withholds what would reveal one.
            boolean small = r.n() < 5 || r.suppressed() || context.hidden(r);
            pdf.cell(table, text.get("subgroupType." + r.subgroupType()));
            pdf.cell(table, value(r));
            pdf.numberCell(table, small ? ProjectContext.hiddenN(r) : text.integer(r.n()));
            pdf.numberCell(table, small ? ReportText.NONE
                    : text.withInterval(s.paired().meanChange(), Interval.lowerOf(s.paired().ciChange()), Interval.upperOf(s.paired().ciChange()), d));
            pdf.numberCell(table, small ? ReportText.NONE
                    : text.withInterval(s.paired().gZ(), Interval.lowerOf(s.paired().gZCi()), Interval.upperOf(s.paired().gZCi()), 2));
            Integer improved = s.importantChange().micImproved();
            pdf.numberCell(table, small ? ReportText.NONE : context.withheld(r, "mic_improved")
                    ? context.count(r, "mic_improved", improved) : improved != null && improved > 0 && improved < 5
                    ? ReportText.SMALL_CELL : text.percent(s.importantChange().shareImproved()));
        }
        pdf.add(table);
    }

    private String value(ProjectReportData.Result r) {
        return switch (r.subgroupType()) {
            case "GENDER" -> context.label("gender", r.subgroupValue());
            case "ARM" -> context.label("arm", r.subgroupValue());
            case "AGE_BAND" -> r.subgroupValue().equals("UNKNOWN") ? text.get("ageBand.UNKNOWN")
                    : text.get("ageBand.years", r.subgroupValue());
            default -> r.subgroupValue();
        };
    }
}
