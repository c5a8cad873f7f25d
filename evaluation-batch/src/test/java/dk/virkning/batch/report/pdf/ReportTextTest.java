package dk.virkning.batch.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

import dk.virkning.stats.economy.Parameter;
import dk.virkning.stats.economy.ValuationSet;
import dk.virkning.stats.economy.ValuationSets;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    private final ReportText danish = new ReportText(ReportLanguage.DA);
    private final ReportText english = new ReportText(ReportLanguage.EN);

    @Test
    void formatsNumbersTheDanishWayInDanish() {
        assertThat(danish.number(1234.56, 1)).isEqualTo("1.234,6");
        assertThat(danish.interval(-1.04, 2.0, 1)).isEqualTo("-1,0 til 2,0");
        assertThat(danish.withInterval(6.43, 2.81, 10.04, 1)).isEqualTo("6,4 (2,8 til 10,0)");
        assertThat(danish.percent(0.314)).isEqualTo("31\u00a0%");
        assertThat(danish.dkk(480000.0)).isEqualTo("480.000 kr.");
        assertThat(danish.p(0.0004)).isEqualTo("< 0,001");
        assertThat(danish.pStatement(0.0234)).isEqualTo("p = 0,023");
        assertThat(danish.date(LocalDate.of(2025, 11, 20))).isEqualTo("20. november 2025");
    }

    @Test
    void formatsNumbersTheEnglishWayInEnglish() {
        assertThat(english.number(1234.56, 1)).isEqualTo("1,234.6");
        assertThat(english.interval(-1.04, 2.0, 1)).isEqualTo("-1.0 to 2.0");
        assertThat(english.percent(0.314)).isEqualTo("31%");
        assertThat(english.dkk(480000.0)).isEqualTo("DKK 480,000");
        assertThat(english.p(0.0004)).isEqualTo("< 0.001");
        assertThat(english.date(LocalDate.of(2025, 11, 20))).isEqualTo("20 November 2025");
    }

    @Test
    void neverShowsAnUndefinedNumberAsZeroNorASignTheRoundedNumberLacks() {
        assertThat(danish.number(null, 1)).isEqualTo("–");
        assertThat(danish.number(Double.NaN, 1)).isEqualTo("–");
        assertThat(danish.number(-0.04, 1)).isEqualTo("0,0");
        assertThat(danish.interval(null, 2.0, 1)).isEqualTo("–");
    }

    @Test
    void showsCountsOfOneToFourAsLessThanFiveWhenSuppressing() {
        assertThat(danish.count(4, true)).isEqualTo("<5");
        assertThat(danish.count(1, true)).isEqualTo("<5");
        assertThat(danish.count(0, true)).isEqualTo("0");
        assertThat(danish.count(5, true)).isEqualTo("5");
        assertThat(danish.count(4, false)).isEqualTo("4");
    }

    @Test
    void saysPointInTheSingularOnlyForExactlyOne() {
        assertThat(english.points(1.0, 0)).isEqualTo("1 point");
        assertThat(english.points(1.0, 1)).isEqualTo("1.0 points");
        assertThat(english.points(10.0, 0)).isEqualTo("10 points");
        assertThat(english.points(0.96, 0)).isEqualTo("1 point");
        assertThat(english.points(null, 1)).isEqualTo("–");
        assertThat(danish.points(1.0, 0)).isEqualTo("1 point");
        assertThat(danish.points(12.5, 1)).isEqualTo("12,5 point");
    }

    @Test
    void roundsHalfUpFromTheDecimalValueAsByHand() {
        assertThat(danish.number(3964.0 / 80, 1)).isEqualTo("49,6");
        assertThat(english.number(2.675, 2)).isEqualTo("2.68");
        assertThat(english.number(-0.125, 2)).isEqualTo("-0.13");
        assertThat(english.number(1234567.5, 0)).isEqualTo("1,234,568");
    }

    @Test
    void anIntervalWithOneBoundSaysTheOtherSideIsUnbounded() {
        assertThat(danish.openInterval(40385.2, null, 0)).isEqualTo("40.385 til ubegrænset");
        assertThat(english.openInterval(null, -3.0, 1)).isEqualTo("unbounded to -3.0");
        assertThat(english.openInterval(null, null, 1)).isEqualTo("–");
        assertThat(danish.openInterval(1.0, 2.0, 1)).isEqualTo("1,0 til 2,0");
    }

    @Test
    void aDanishPercentageNeverBreaksBeforeItsSign() {
        assertThat(danish.percent(0.38)).isEqualTo("38\u00a0%");
        assertThat(english.percent(0.38)).isEqualTo("38%");
    }

    @Test
    void danishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        // the English rationales are the valuation sets' own, so only Danish has rationale.* keys
        assertThat(keys("messages/report_en.properties").stringPropertyNames())
                .isEqualTo(keys("messages/report_da.properties").stringPropertyNames().stream()
                        .filter(key -> !key.startsWith("rationale.")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void everyAssumptionOfEveryValuationSetHasItsRationaleInDanish() throws IOException {
        Properties danishKeys = keys("messages/report_da.properties");
        for (ValuationSet set : ValuationSets.bundled().all()) {
            for (Parameter parameter : set.parameters()) {
                if (parameter.assumption()) {
                    assertThat(danishKeys).containsKey("rationale." + set.key() + "." + parameter.id());
                }
            }
        }
    }

    private static Properties keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
