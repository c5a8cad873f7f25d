package dk.virkning.batch.report.project;

import java.time.LocalDate;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;

/**
 * Renders the project evaluation report as PDF: cover and summary, participant flow, one section
 * per instrument (with its trajectory over all waves), subgroups, the controlled comparison, the
 * well-being economy and the methods appendix. Pure: it reads only the given data, so the job and the API render the same bytes'
 * worth of content.
 */
public final class ProjectReportRenderer {

    private final InstrumentCatalog catalog;
    private final ValuationSets valuationSets;

    public ProjectReportRenderer(InstrumentCatalog catalog, ValuationSets valuationSets) {
        this.catalog = catalog;
        this.valuationSets = valuationSets;
    }

    public byte[] render(ProjectReportData data, ReportLanguage language, Audience audience, LocalDate generatedOn) {
        ReportText text = new ReportText(language);
        String title = text.get("project.documentTitle", data.project().title());
        PdfReport pdf = new PdfReport(text, title, data.project().organisationName(), text.get("project.subject"),
                title, text.date(generatedOn));
        ProjectContext context = new ProjectContext(pdf, text, data, audience, catalog, valuationSets);
        new CoverSection(context).write();
        new FlowSection(context).write();
        for (String id : data.instrumentsWithResults()) {
            context.instrument(id).ifPresent(instrument -> {
                new InstrumentSection(context).write(instrument);
                new TrajectorySection(context).write(instrument);
            });
        }
        new ControlledSection(context).write();
        new SubgroupSection(context).write();
        new EconomySection(context).write();
        new MethodsSection(context).write();
        return pdf.finish();
    }
}
