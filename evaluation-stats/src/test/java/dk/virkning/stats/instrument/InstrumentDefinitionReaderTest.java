package dk.virkning.stats.instrument;

import static dk.virkning.stats.instrument.Definitions.element;
import static dk.virkning.stats.instrument.Definitions.object;
import static dk.virkning.stats.instrument.Definitions.read;
import static dk.virkning.stats.instrument.Definitions.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstrumentDefinitionReaderTest {

    private static final String PREFIX = "Instrument definition test.json is invalid: ";

    @Test
    void readsAValidDefinitionWithSharedAnswerOptions() {
        Instrument instrument = read(Definitions.VALID);

        assertThat(instrument.id()).isEqualTo("TEST");
        assertThat(instrument.itemKeys()).containsExactly("1", "2");
        assertThat(instrument.items().get(1).allowedValues()).containsExactly(1, 2, 3);
        assertThat(instrument.items().get(1).option(3).orElseThrow().label().da()).isEqualTo("Meget");
        assertThat(instrument.range()).isEqualTo(new ScoreRange(2, 6));
        assertThat(instrument.primaryCutOff().orElseThrow().id()).isEqualTo("HIGH");
    }

    @Test
    void anItemsOwnOptionsReplaceTheSharedOnes() {
        Instrument instrument = read(validWith(root -> {
            element(root, "items", 1).putArray("options")
                    .addObject().put("value", 0).set("label", object(root, "name").deepCopy());
            object(root, "range").put("min", 1).put("max", 3);
            element(root, "cutOffs", 0).put("threshold", 3);
        }));

        assertThat(instrument.items().get(0).allowedValues()).containsExactly(1, 2, 3);
        assertThat(instrument.items().get(1).allowedValues()).containsExactly(0);
    }

    @Test
    void readsAnOptionalPublishedReliability() {
        assertThat(read(Definitions.VALID).publishedReliability()).isEmpty();
        Instrument instrument = read(validWith(root -> root.putObject("reliability").put("value", 0.8)
                .put("kind", "TEST_RETEST").put("source", "A cited paper").put("locator", "Table 2")));

        Reliability r = instrument.publishedReliability().orElseThrow();
        assertThat(r.value()).isEqualTo(0.8);
        assertThat(r.kind()).isEqualTo(ReliabilityKind.TEST_RETEST);
        assertThat(r.assumption()).isFalse();
        assertThat(r.locator()).isEqualTo("Table 2");
    }

    @Test
    void rejectsAReliabilityOfOneOrWithoutSourceOrKind() {
        assertThatThrownBy(() -> read(validWith(root -> root.putObject("reliability").put("value", 1.0)
                .put("kind", "TEST_RETEST").put("source", "A cited paper"))))
                .hasMessageContaining("reliability").hasMessageContaining("below 1");
        assertThatThrownBy(() -> read(validWith(root -> root.putObject("reliability").put("value", 0.8)
                .put("kind", "TEST_RETEST"))))
                .hasMessage(PREFIX + "reliability.source: required field is missing");
        assertThatThrownBy(() -> read(validWith(root -> root.putObject("reliability").put("value", 0.8)
                .put("kind", "ALPHA").put("source", "A cited paper"))))
                .hasMessageContaining("reliability.kind");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertThatThrownBy(() -> read(validWith(root -> root.remove("direction"))))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage(PREFIX + "direction: required field is missing");
    }

    @Test
    void rejectsAMissingNestedTextWithItsPath() {
        assertThatThrownBy(() -> read(validWith(root -> object(element(root, "items", 1), "text").remove("da"))))
                .hasMessage(PREFIX + "items[1].text.da: required field is missing");
    }

    @Test
    void rejectsAMisspeltField() {
        assertThatThrownBy(() -> read(validWith(root -> root.put("allowedMising", 1))))
                .hasMessage(PREFIX + "allowedMising: unknown field");
    }

    @Test
    void rejectsAMisspeltNestedFieldWithItsPath() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "cutOffs", 0).put("colour", "red"))))
                .hasMessage(PREFIX + "cutOffs[0].colour: unknown field");
    }

    @Test
    void rejectsAMissingNestedNumberWithItsPath() {
        assertThatThrownBy(() -> read(validWith(root -> object(root, "minimalImportantChange").remove("points"))))
                .hasMessage(PREFIX + "minimalImportantChange.points: required field is missing");
    }

    @Test
    void rejectsANumberGivenAsTextWithItsPath() {
        assertThatThrownBy(() -> read(validWith(root -> object(root, "range").put("max", "6"))))
                .hasMessage(PREFIX + "range.max: expected a number");
    }

    @Test
    void rejectsAnItemKeyGivenAsANumberWithItsPath() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "items", 1).put("key", 2))))
                .hasMessage(PREFIX + "items[1].key: expected a non-empty string");
    }

    @Test
    void rejectsAnItemWithoutOptionsWhenNoneAreShared() {
        assertThatThrownBy(() -> read(validWith(root -> root.remove("answerOptions"))))
                .hasMessage(PREFIX + "items[0].options: required when the instrument has no shared answerOptions");
    }

    @Test
    void rejectsAnUnknownEnumValue() {
        assertThatThrownBy(() -> read(validWith(root -> root.put("direction", "HIGHER_BETTER"))))
                .hasMessage(PREFIX + "direction: 'HIGHER_BETTER' is not one of HIGHER_IS_BETTER, HIGHER_IS_WORSE");
    }

    @Test
    void rejectsAFractionalAnswerValue() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "answerOptions", 0).put("value", 1.5))))
                .hasMessage(PREFIX + "answerOptions[0].value: expected a whole number");
    }

    @Test
    void rejectsADeclaredRangeTheItemsCannotProduce() {
        assertThatThrownBy(() -> read(validWith(root -> object(root, "range").put("max", 10))))
                .hasMessage(PREFIX + "declared range 2-10 differs from what the items can produce: 2-6");
    }

    @Test
    void rejectsACutOffOutsideTheRange() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "cutOffs", 0).put("threshold", 7))))
                .hasMessage(PREFIX + "cut-off HIGH: threshold 7 is outside the range 2-6");
    }

    @Test
    void rejectsAPrimaryCutOffThatIsNotDefined() {
        assertThatThrownBy(() -> read(validWith(root -> root.put("primaryCutOff", "NOPE"))))
                .hasMessage(PREFIX + "primary cut-off NOPE is not one of the cut-offs [HIGH]");
    }

    @Test
    void rejectsAReverseScoredItemThatDoesNotExist() {
        assertThatThrownBy(() -> read(validWith(root -> root.putArray("reverseScoredItems").add("9"))))
                .hasMessage(PREFIX + "reverseScoredItems: unknown item 9");
    }

    @Test
    void rejectsTheSameAnswerValueTwice() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "answerOptions", 2).put("value", 2))))
                .hasMessage(PREFIX + "items[0]: item 1 has answer value 2 twice");
    }

    @Test
    void rejectsItemsNotKeyedOneToNInOrder() {
        assertThatThrownBy(() -> read(validWith(root -> element(root, "items", 1).put("key", "b"))))
                .hasMessage(PREFIX + "items must be keyed 1..2 in order; item 2 has key b");
    }

    @Test
    void rejectsAllowedMissingOfEveryItem() {
        assertThatThrownBy(() -> read(validWith(root -> root.put("allowedMissing", 2))))
                .hasMessage(PREFIX + "allowed missing must be 0..1, was 2");
    }

    @Test
    void rejectsASubscaleWithAnUnknownItem() {
        assertThatThrownBy(() -> read(validWith(root -> {
            var subscale = root.putArray("subscales").addObject();
            subscale.put("id", "PART");
            subscale.set("name", object(root, "name").deepCopy());
            subscale.putArray("items").add("1").add("3");
        }))).hasMessage(PREFIX + "subscale PART lists unknown item 3");
    }

    @Test
    void rejectsAThresholdOnASum() {
        assertThatThrownBy(() -> read(validWith(root -> object(root, "scoring").put("threshold", 2))))
                .hasMessage(PREFIX + "scoring: a scoring threshold is required for COUNT_AT_LEAST and not allowed for SUM");
    }

    @Test
    void rejectsAConversionTableThatMissesAReachableRawSum() {
        assertThatThrownBy(() -> read(validWith(root -> object(root, "scoring").putObject("conversion")
                .put("2", 0.0).put("3", 1.0).put("4", 2.0).put("6", 4.0))))
                .hasMessage(PREFIX + "conversion table has no entry for raw sum 5");
    }

    @Test
    void rejectsADuplicateJsonKey() {
        String json = Definitions.VALID.replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"version\": \"2.0\",");

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith("Instrument definition test.json is not valid JSON: Duplicate Object property \"version\"");
    }

    @Test
    void rejectsADuplicateNestedJsonKeyWithThePathOfItsObject() {
        String json = Definitions.VALID.replace("{ \"key\": \"2\",", "{ \"key\": \"2\", \"key\": \"2\",");

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Instrument definition test.json is not valid JSON: items[1]: Duplicate Object property \"key\"");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> read("id: WHO5"))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith("Instrument definition test.json is not valid JSON");
    }

    @Test
    void rejectsAnInvalidId() {
        assertThatThrownBy(() -> read(validWith(root -> root.put("id", "who-5"))))
                .hasMessage(PREFIX + "instrument id must be upper case letters, digits and _, was who-5");
    }
}
