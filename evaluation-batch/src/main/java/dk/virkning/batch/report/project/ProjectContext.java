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
        return audience.suppressesSmallCells() && (result.suppressed() || result.n() < 5 || withheld(result, "n"));
    }

    /** What a hidden result shows for its n: "&lt;5" when it rests on fewer than five, {@value ReportText#WITHHELD} otherwise. */
    static String hiddenN(ProjectReportData.Result result) {
        return result.suppressed() || result.n() < 5 ? ReportText.SMALL_CELL : ReportText.WITHHELD;
    }

    /**
     * Whether a funder's edition withholds the enrolment and response counts: when a result's
     * count of participants without a complete pair is withheld (1-4), the number enrolled or
     * answering minus the pairs the result rests on would give it (docs/privacy.md).
     */
    boolean enrolmentWithheld() {
        return audience.suppressesSmallCells() && data.results().stream()
                .anyMatch(r -> r.isAll() && r.withheld().contains("n_missing"));
    }

    /** An enrolment or response count: as {@link #count(Integer)}, or {@value ReportText#WITHHELD} when {@link #enrolmentWithheld()}. */
    String enrolmentCount(int n) {
        return n >= 5 && enrolmentWithheld() ? ReportText.WITHHELD : count(n);
    }

    /** Whether this audience may not see a field of a result (docs/privacy.md, complementary suppression). */
    boolean withheld(ProjectReportData.Result result, String field) {
        return audience.suppressesSmallCells() && result.withheld().contains(field);
    }

    /** A count of a result: "&lt;5" for a funder when it is 1-4, {@value ReportText#WITHHELD} when withheld otherwise. */
    String count(ProjectReportData.Result result, String field, Integer n) {
        if (n != null && withheld(result, field)) {
            return n > 0 && n < 5 ? ReportText.SMALL_CELL : ReportText.WITHHELD;
        }
        return count(n);
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
