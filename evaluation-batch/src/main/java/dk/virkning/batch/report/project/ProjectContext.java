package dk.virkning.batch.report.project;

import java.util.Optional;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;

/** What every section of a project report needs: the document, the data, the audience. */
record ProjectContext(PdfReport pdf, ReportText text, ProjectReportData data, Audience audience,
        InstrumentCatalog catalog, ValuationSets valuationSets) {

    Optional<InstrumentView> instrument(String id) {
        return catalog.find(id).map(i -> InstrumentView.of(i, text));
    }

    /** Whether a cell is hidden from this audience: a funder never sees a number resting on n &lt; 5. */
    boolean hidden(ProjectReportData.Result result) {
        return audience.suppressesSmallCells() && (result.suppressed() || result.n() < 5);
    }

    boolean hidden(Integer n) {
        return audience.suppressesSmallCells() && n != null && n < 5;
    }

    /** A count, "&lt;5" for a funder when it is 1-4. */
    String count(Integer n) {
        return text.count(n, audience.suppressesSmallCells());
    }

    /** A share as a percentage; "&lt;5" for a funder when the count behind it is 1-4, since the share would reveal it. */
    String share(Integer count, Double share) {
        return hidden(count) && count > 0 ? ReportText.SMALL_CELL : text.percent(share);
    }

    /** "baseline → post" */
    String pair(long baselineWaveId, long laterWaveId) {
        return data.waveName(baselineWaveId) + " → " + data.waveName(laterWaveId);
    }

    String label(String group, String value) {
        return text.getOrDefault(group + "." + value, value);
    }
}
