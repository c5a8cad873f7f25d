package dk.virkning.batch.report.project;

import java.util.List;
import java.util.function.Function;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.ReliabilityStatistics;
import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.Reliability;
import dk.virkning.stats.instrument.ScoringMethod;

/**
 * Reliable change under an instrument's statistics (docs/methods.md §1.9): per later wave the
 * threshold 1.96·S_diff and the shares beyond it in each direction, then the published reliability
 * with its source, Cronbach's α in the sample at baseline, and, for a scale that moves in steps
 * larger than one point (WHO-5: 4), what its minimal important change means in whole steps.
 */
final class ReliableChangeTable {

    /** A change equal to the MIC counts as reaching it (ImportantChangeShares), so the practical step is ≥. */
    private static final double TOLERANCE = 1e-9;
    private static final String ASSUMPTION_PREFIX = "ASSUMPTION: ";

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    ReliableChangeTable(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write(InstrumentView instrument, List<ProjectReportData.Result> results) {
        Instrument definition = instrument.instrument();
        ProjectReportData.Result main = results.get(0);
        Reliability published = definition.publishedReliability().orElse(null);
        pdf.subheading(text.get("reliable.heading"), 60);
        if (published == null) {
            pdf.paragraph(text.get("reliable.noReliability"), pdf.note);
        } else {
            table(results);
            String source = published.source().startsWith(ASSUMPTION_PREFIX)
                    ? published.source().substring(ASSUMPTION_PREFIX.length()) : published.source();
            // the message ends the sentence, so the citation's own final full stop goes
            source = source.endsWith(".") ? source.substring(0, source.length() - 1) : source;
            String locator = published.locator() == null ? "" : " (" + published.locator() + ")";
            pdf.paragraph(text.get(published.assumption() ? "reliable.usedAssumption" : "reliable.used",
                    text.number(published.value(), 2), text.get("reliable.kind." + published.kind().name()),
                    source + locator), pdf.note);
        }
        pdf.paragraph(alpha(definition, main), pdf.note);
        String steps = steps(definition);
        if (steps != null) {
            pdf.paragraph(steps, pdf.note);
        }
    }

    private void table(List<ProjectReportData.Result> results) {
        float[] widths = new float[results.size() + 1];
        widths[0] = 2.4f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.6f;
        }
        PdfPTable table = pdf.table(widths);
        pdf.headerCell(table, text.get("instrument.statistic"));
        results.forEach(r -> pdf.headerCell(table, context.pair(r.baselineWaveId(), r.laterWaveId())));
        row(table, results, text.get("reliable.threshold"), r -> text.points(rel(r).threshold(), 1));
        row(table, results, text.get("reliable.improved"), r -> share(r, "rci_improved", rel(r).improved(), rel(r).shareImproved()));
        row(table, results, text.get("reliable.unchanged"), r -> share(r, "rci_unchanged", rel(r).unchanged(), rel(r).shareUnchanged()));
        row(table, results, text.get("reliable.deteriorated"), r -> share(r, "rci_deteriorated", rel(r).deteriorated(), rel(r).shareDeteriorated()));
        pdf.add(table);
    }

    private void row(PdfPTable table, List<ProjectReportData.Result> results, String label,
            Function<ProjectReportData.Result, String> value) {
        pdf.cell(table, label);
        results.forEach(r -> pdf.numberCell(table, context.hidden(r) ? ReportText.NONE : value.apply(r)));
    }

    /**
     * A share with its count. For a funder the three are withheld together when any is 1-4: the small
     * one shows "&lt;5", the others {@value ReportText#WITHHELD}.
     */
    private String share(ProjectReportData.Result r, String countField, Integer count, Double share) {
        if (context.withheld(r, countField)) {
            return context.count(r, countField, count);
        }
        return share == null ? ReportText.NONE : text.percent(share) + " (" + context.count(count) + ")";
    }

    private String alpha(Instrument definition, ProjectReportData.Result main) {
        if (definition.items().size() < 2) {
            return text.get("reliable.alphaSingleItem");
        }
        if (context.hidden(main) || context.withheld(main, "cronbach_alpha")) {
            return text.get("reliable.alphaWithheld");
        }
        ReliabilityStatistics r = rel(main);
        if (r.alpha() == null) {
            return text.get("reliable.alphaUndefined", context.count(main, "cronbach_alpha_n", r.alphaN()));
        }
        if (context.withheld(main, "cronbach_alpha_n")) {
            return text.get("reliable.alphaNoN", text.number(r.alpha(), 2));
        }
        return text.get("reliable.alpha", text.number(r.alpha(), 2), context.count(r.alphaN()));
    }

    /**
     * For a summed scale with a multiplier (WHO-5: raw 0-25 × 4) every score is a multiple of the
     * multiplier, so a MIC between two multiples is in practice the next multiple up.
     */
    private String steps(Instrument definition) {
        double step = definition.scoring().multiplier();
        if (definition.scoring().method() != ScoringMethod.SUM || definition.scoring().converts() || step <= 1) {
            return null;
        }
        double mic = definition.minimalImportantChange().points();
        double rawSteps = Math.ceil(mic / step - TOLERANCE);
        double practical = rawSteps * step;
        if (Math.abs(practical - mic) < TOLERANCE) {
            return null;
        }
        return text.get("reliable.steps", text.number(step, 0), text.number(mic, 0), text.number(practical, 0),
                text.number(rawSteps, 0), text.number(practical - step, 0));
    }

    private static ReliabilityStatistics rel(ProjectReportData.Result r) {
        return r.within().reliability();
    }
}
