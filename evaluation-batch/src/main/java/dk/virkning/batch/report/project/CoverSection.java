package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;

/** The cover: project, organisation, period and design, and the summary in plain language. */
final class CoverSection {

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    CoverSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        ProjectReportData.Project project = context.data().project();
        Paragraph kind = new Paragraph(text.get("project.kind"), pdf.h2);
        kind.setSpacingAfter(4);
        pdf.add(kind);
        Paragraph title = new Paragraph(project.title(), pdf.title);
        title.setLeading(27);
        title.setSpacingAfter(10);
        pdf.add(title);

        PdfPTable facts = new PdfPTable(new float[] {1.3f, 4f});
        facts.setWidthPercentage(100);
        facts.setSpacingAfter(8);
        fact(facts, "project.organisation", project.organisationName());
        fact(facts, "project.period", period(project));
        fact(facts, "project.design", context.label("design", project.design()));
        fact(facts, "project.targetGroup", targetGroup(project));
        if (project.arenas().length > 0) {
            fact(facts, "project.arenas", String.join(", ",
                    Arrays.stream(project.arenas()).map(a -> context.label("arena", a)).toList()));
        }
        fact(facts, "project.participants", context.enrolmentCount(context.data().enrolledTotal()));
        if (project.costDkk() != null) {
            fact(facts, "project.cost", text.dkk(project.costDkk().doubleValue()));
        }
        context.data().evaluation().ifPresent(run -> fact(facts, "project.computed",
                text.date(run.computedAt().toLocalDate())));
        pdf.add(facts);
        if (context.audience() == Audience.FUNDER) {
            pdf.paragraph(text.get("project.funderEdition"), pdf.note);
        }
        if (project.description() != null && !project.description().isBlank()) {
            pdf.paragraph(project.description());
        }

        pdf.heading(text.get("summary.heading"));
        List<String> paragraphs = summary();
        if (paragraphs.isEmpty()) {
            pdf.paragraph(text.get("summary.noResults"));
        }
        paragraphs.forEach(pdf::paragraph);
        pdf.paragraph(text.get("summary.howToRead"), pdf.note);
    }

    private List<String> summary() {
        ProjectReportData data = context.data();
        EffectWording wording = new EffectWording(context);
        List<String> paragraphs = new ArrayList<>();
        for (String id : data.instrumentsWithResults()) {
            InstrumentView instrument = context.instrument(id).orElse(null);
            Long later = data.mainLaterWave(id).orElse(null);
            if (instrument == null || later == null) {
                continue;
            }
            if (data.project().controlled()) {
                data.result(id, later, "ALL", "ALL", Analysis.BETWEEN)
                        .ifPresent(r -> paragraphs.add(String.join(" ", wording.between(instrument, r))));
            }
            data.result(id, later, "ALL", "ALL", Analysis.WITHIN)
                    .ifPresent(r -> paragraphs.add(String.join(" ", wording.within(instrument, r))));
        }
        return paragraphs;
    }

    private void fact(PdfPTable table, String key, String value) {
        com.lowagie.text.pdf.PdfPCell label = new com.lowagie.text.pdf.PdfPCell(
                new com.lowagie.text.Phrase(text.get(key), pdf.bodyBold));
        label.setBorder(0);
        label.setPadding(2);
        table.addCell(label);
        com.lowagie.text.pdf.PdfPCell content = new com.lowagie.text.pdf.PdfPCell(
                new com.lowagie.text.Phrase(value, pdf.body));
        content.setBorder(0);
        content.setPadding(2);
        table.addCell(content);
    }

    private String period(ProjectReportData.Project project) {
        if (project.periodStart() == null && project.periodEnd() == null) {
            return ReportText.NONE;
        }
        return project.periodEnd() == null ? text.get("project.periodOngoing", text.date(project.periodStart()))
                : text.get("project.periodRange", text.date(project.periodStart()), text.date(project.periodEnd()));
    }

    private String targetGroup(ProjectReportData.Project project) {
        String group = context.label("ageGroup", project.ageGroup());
        if (project.targetAgeMin() != null && project.targetAgeMax() != null) {
            return group + " (" + text.get("project.ages", text.integer(project.targetAgeMin()),
                    text.integer(project.targetAgeMax())) + ")";
        }
        return group;
    }
}
