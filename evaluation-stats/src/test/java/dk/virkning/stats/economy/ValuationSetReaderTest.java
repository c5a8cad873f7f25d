package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuationSetReaderTest {

    private static final String FILE = "valuation-sets/X-1.json";

    private final String original = TestSets.dk2026().definition();

    @Test
    void readsTheShippedSetBackToAnEqualSet() {
        assertThat(ValuationSetReader.read(FILE, original)).isEqualTo(TestSets.dk2026());
    }

    @Test
    void rejectsAMisspeltField() {
        String json = original.replaceFirst("\"rationale\"", "\"rationnale\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .isInstanceOf(ValuationSetException.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("parameters[1].rationnale: unknown field");
    }

    @Test
    void rejectsAMissingNestedFieldWithItsPath() {
        String json = original.replaceFirst("\"unit\": \"GBP per WELLBY\",", "");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .isInstanceOf(ValuationSetException.class)
                .hasMessage("Valuation set " + FILE + " is invalid: parameters[0].unit: required field is missing");
    }

    @Test
    void rejectsANumberGivenAsTextWithItsPath() {
        String json = original.replaceFirst("\"value\": 13000", "\"value\": \"13000\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessage("Valuation set " + FILE + " is invalid: parameters[0].value: expected a number");
    }

    @Test
    void rejectsAFractionalPriceYear() {
        String json = original.replaceFirst("\"priceYear\": 2024", "\"priceYear\": 2024.5");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessage("Valuation set " + FILE + " is invalid: priceYear: expected a whole number");
    }

    @Test
    void rejectsAParameterWithoutSource() {
        String json = original.replaceFirst("\"source\": \"ASSUMPTION\",", "");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameters[1].source: required field is missing");
    }

    @Test
    void rejectsAStringSourceOtherThanAssumption() {
        String json = original.replaceFirst("\"source\": \"ASSUMPTION\"", "\"source\": \"a blog\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameters[1].source: a string source must be \"ASSUMPTION\"");
    }

    @Test
    void rejectsAnAssumptionWithoutRationale() {
        String json = original.replaceFirst("\"rationale\": \"Close to[^\"]*\",", "");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameters[1]: dkk_per_gbp: an ASSUMPTION needs a rationale");
    }

    @Test
    void rejectsACitationWithoutLocator() {
        String json = original.replaceFirst("\"locator\": \"p. 1[^\"]*\"", "\"locator\": \"\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameters[3].source.locator: expected a non-empty string");
    }

    @Test
    void rejectsAValueOutsideItsRange() {
        String json = original.replaceFirst("\"value\": 13000", "\"value\": 17000");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("wellby_value_gbp: expected low <= value <= high");
    }

    @Test
    void rejectsAnUnknownDistribution() {
        String json = original.replaceFirst("\"distribution\": \"TRIANGULAR\"", "\"distribution\": \"LOGNORMAL\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameters[0].distribution: 'LOGNORMAL' is not one of UNIFORM, TRIANGULAR, FIXED");
    }

    @Test
    void rejectsADeadweightAboveOne() {
        String json = original.replace("\"low\": 0.1,\n      \"high\": 0.6", "\"low\": 0.1,\n      \"high\": 1.6");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("deadweight: a share must lie between 0 and 1");
    }

    @Test
    void rejectsAnUnknownParameterId() {
        String json = original.replaceFirst("\"id\": \"transfer_cost_dkk\"", "\"id\": \"state_cost_dkk\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("parameter state_cost_dkk is unknown");
    }

    @Test
    void rejectsAnAmountAtAnotherPriceYearThatTheModelDoesNotUprate() {
        String json = original.replaceFirst("\"unit\": \"DKK per lonely person per year\",\\s+\"priceYear\": 2024",
                "\"unit\": \"DKK per lonely person per year\", \"priceYear\": 2022");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("transfer_cost_dkk: an amount at 2022 prices in a set at 2024 prices");
    }

    @Test
    void rejectsASetWithoutARequiredParameter() {
        String json = original.replaceFirst("\"id\": \"deadweight\"", "\"id\": \"who5_to_life_satisfaction\"");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining("required parameters are missing: deadweight");
    }

    @Test
    void rejectsADuplicateKey() {
        String json = original.replaceFirst("\"currency\": \"DKK\",", "\"currency\": \"DKK\", \"currency\": \"DKK\",");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessageContaining(FILE)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void rejectsADuplicateNestedKeyWithThePathOfItsObject() {
        String json = original.replaceFirst("\"citation\": ", "\"citation\": \"x\", \"citation\": ");

        assertThatThrownBy(() -> ValuationSetReader.read(FILE, json))
                .hasMessage("Valuation set " + FILE + " is not valid JSON: parameters[0].source: Duplicate Object "
                        + "property \"citation\"");
    }

    @Test
    void rejectsAFixedParameterWithARange() {
        assertThatThrownBy(() -> new Parameter("discount_rate", 0.035, "rate", null, 0.03, 0.04, Distribution.FIXED,
                new Source("s", "p. 1"), null, TestSets.TEXT))
                .hasMessage("discount_rate: a FIXED parameter has low = value = high");
    }
}
