package dk.virkning.batch.report.project;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.instrument.AnswerOption;
import dk.virkning.stats.instrument.Item;

/**
 * The methods appendix: design, missing data, the instruments with their Danish (validated)
 * wording, the statistics with pointers to docs/methods.md, and the software version.
 */
final class MethodsSection {

    /** Statistic message keys and the docs/methods.md section that documents each. */
    private static final List<List<String>> METHODS = List.of(
            List.of("methods.change", "1.1–1.2"),
            List.of("methods.effectSize", "1.3"),
            List.of("methods.wilcoxon", "1.5"),
            List.of("methods.caseness", "1.6"),
            List.of("methods.micShare", "1.7"),
            List.of("methods.mixedModel", "1.8"),
            List.of("methods.controlled", "2.1–2.3"),
            List.of("methods.attrition", "4"),
            List.of("methods.meta", "3"));

    private static final String VERSION = version();

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    MethodsSection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        pdf.newPage();
        pdf.heading(text.get("methods.heading"));
        ProjectReportData data = context.data();
        pdf.subheading(text.get("methods.designHeading"));
        pdf.paragraph(text.get("methods.design." + data.project().design()));
        pdf.paragraph(text.get("methods.waves", data.waves().stream()
                .map(w -> text.get("methods.wave", w.name(), text.integer(w.offsetDays())))
                .collect(Collectors.joining(", "))));
        pdf.subheading(text.get("methods.missingHeading"));
        pdf.paragraph(text.get("methods.missing"));
        pdf.paragraph(text.get("methods.smallCells"));

        for (String id : data.project().instruments()) {
            context.instrument(id).ifPresent(this::instrument);
        }

        pdf.subheading(text.get("methods.statisticsHeading"));
        for (List<String> method : METHODS) {
            pdf.bullet(text.get(method.get(0)) + " " + text.get("methods.see", "docs/methods.md", method.get(1)));
        }
        pdf.bullet(text.get("methods.economy") + " " + text.get("methods.see", "docs/methods.md", "7"));

        pdf.subheading(text.get("methods.softwareHeading"));
        String computed = data.evaluation().map(run -> text.get("methods.computed",
                text.date(run.computedAt().toLocalDate()), run.jobExecutionId() == null ? ReportText.NONE
                        : String.valueOf(run.jobExecutionId()))).orElse(text.get("methods.notComputed"));
        pdf.paragraph(text.get("methods.software", VERSION) + " " + computed);
    }

    private void instrument(InstrumentView instrument) {
        pdf.subheading(instrument.name());
        boolean english = text.language() == ReportLanguage.EN;
        pdf.paragraph(text.get("methods.instruction", instrument.instrument().instruction().da()));
        for (Item item : instrument.instrument().items()) {
            String wording = item.key() + ". " + item.text().da();
            pdf.bullet(english ? wording + " (" + item.text().en() + ")" : wording);
        }
        List<AnswerOption> options = instrument.instrument().items().get(0).options();
        pdf.paragraph(text.get("methods.answers", options.stream()
                .map(o -> o.label().da() + " = " + o.value()).collect(Collectors.joining(", "))), pdf.small);
        pdf.paragraph(text.get(instrument.higherIsBetter() ? "instrument.higherBetter" : "instrument.higherWorse")
                + " " + text.get("methods.mic", instrument.micText(text),
                        instrument.instrument().minimalImportantChange().source()), pdf.small);
        pdf.paragraph(text.get("methods.source", instrument.instrument().source()), pdf.note);
    }

    private static String version() {
        try (InputStream in = MethodsSection.class.getResourceAsStream(
                "/META-INF/maven/dk.virkning/evaluation-batch/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "?");
            }
        } catch (IOException e) {
            // fall through: a development build has no packaged version
        }
        String packaged = MethodsSection.class.getPackage().getImplementationVersion();
        return packaged == null ? "(development build)" : packaged;
    }
}
