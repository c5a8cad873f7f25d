package dk.virkning.batch.report.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.junit.jupiter.api.Test;

class EffectWordingTest {

    private final ProjectContext context = new ProjectContext(null, new ReportText(ReportLanguage.DA), null,
            Audience.STAFF, InstrumentCatalog.bundled(), ValuationSets.bundled());
    private final InstrumentView who5 = context.instrument("WHO5").orElseThrow();

    @Test
    void aChangeThatRoundsToZeroIsReportedAsUnchangedWithoutADirection() {
        List<String> sentences = new EffectWording(context).within(who5, result("WITHIN", """
                {"n": 40, "mean_change": -0.03, "ci_change": [-1.94, 1.88], "p_t": 0.97}"""));

        assertThat(sentences.get(0)).isEqualTo("Trivsel (WHO-5) var i gennemsnit uændret (ændring 0,0 point, 95% CI"
                + " -1,9 til 1,9) blandt 40 deltagere, der besvarede både før og efter.");
        assertThat(String.join(" ", sentences)).doesNotContain("Det er en forbedring", "Det er en forværring")
                .contains("Intervallet omfatter nul");
    }

    @Test
    void aRisingChangeSaysRoseWithItsInterval() {
        List<String> sentences = new EffectWording(context).within(who5, result("WITHIN", """
                {"n": 40, "mean_change": 6.24, "ci_change": [2.05, 10.43], "p_t": 0.004}"""));

        assertThat(sentences.get(0)).isEqualTo("Trivsel (WHO-5) steg i gennemsnit 6,2 point (95% CI 2,1 til 10,4)"
                + " blandt 40 deltagere, der besvarede både før og efter.");
        assertThat(sentences).contains("Det er en forbedring.");
    }

    @Test
    void anExactFitWithNoControlledDifferenceClaimsNeitherDirectionNorCertainty() {
        List<String> sentences = new EffectWording(context).between(who5, result("BETWEEN", """
                {"ancova_diff": 0.0, "ancova_se": 0.0, "ancova_ci": [0.0, 0.0], "ancova_p": null,
                 "n_intervention": 2, "n_control": 2}"""));

        assertThat(sentences.get(0)).startsWith("Trivsel (WHO-5): Justeret for udgangsniveauet var ændringen lige stor"
                + " i indsatsgruppen og kontrolgruppen (forskel 0,0 point, 95% CI 0,0 til 0,0; p –;");
        assertThat(String.join(" ", sentences)).doesNotContain("forbedring", "forværring", "tilfældigheder");
    }

    private static ProjectReportData.Result result(String analysis, String statistics) {
        return new ProjectReportData.Result("WHO5", 1, 2, "ALL", "ALL", Analysis.valueOf(analysis), 40, false, false,
                ContractJson.read(Analysis.valueOf(analysis), statistics), Set.of());
    }
}
