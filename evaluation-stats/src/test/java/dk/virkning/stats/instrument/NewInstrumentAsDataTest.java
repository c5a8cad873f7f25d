package dk.virkning.stats.instrument;

import static dk.virkning.stats.instrument.Definitions.object;
import static dk.virkning.stats.instrument.Definitions.read;
import static dk.virkning.stats.instrument.Definitions.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules the shipped instruments do not use, but a later definition file may. */
class NewInstrumentAsDataTest {

    private final InstrumentScorer scorer = new InstrumentScorer();

    /** Four items answered 1-3, summed, one may be missing: range 4-12. */
    private final Instrument fourItemsOneMayBeMissing = read(validWith(root -> {
        addItems(root, 4);
        root.put("allowedMissing", 1);
        object(root, "range").put("min", 4).put("max", 12);
    }));

    @Test
    void oneAllowedMissingItemIsProratedFromTheAnsweredOnes() {
        Score score = scorer.score(fourItemsOneMayBeMissing, Answers.of(3, 3, 1, null));

        assertThat(score.rawSum()).isEqualTo(7);
        assertThat(score.value()).isCloseTo(7.0 * 4 / 3, within(1e-12));
        assertThat(score.prorated()).isTrue();
        assertThat(score.missingItems()).containsExactly("4");
        assertThat(score.problems()).isEmpty();
    }

    @Test
    void aCompleteResponseIsNotProrated() {
        Score score = scorer.score(fourItemsOneMayBeMissing, Answers.of(3, 3, 1, 2));

        assertThat(score.value()).isEqualTo(9.0);
        assertThat(score.prorated()).isFalse();
    }

    @Test
    void moreMissingThanAllowedGivesNoScoreAndSaysWhy() {
        Score score = scorer.score(fourItemsOneMayBeMissing, Answers.of(3, null, 1, null));

        assertThat(score.value()).isNull();
        assertThat(score.problems()).extracting(AnswerProblem::message).containsExactly(
                "TEST item 2: missing answer (2 of 4 missing; TEST allows at most 1)",
                "TEST item 4: missing answer (2 of 4 missing; TEST allows at most 1)");
    }

    @Test
    void meanRuleDividesByTheItemCount() {
        Instrument mean = read(validWith(root -> {
            addItems(root, 3);
            object(root, "scoring").put("method", "MEAN");
            object(root, "range").put("min", 1).put("max", 3);
            root.putArray("cutOffs");
            root.remove("primaryCutOff");
        }));

        assertThat(scorer.score(mean, Answers.of(1, 2, 3)).value()).isEqualTo(2.0);
        assertThat(scorer.score(mean, Answers.of(1, 1, 2)).value()).isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    void conversionTableMapsTheRawSumToTheScore() {
        Instrument converted = read(validWith(root -> {
            object(root, "scoring").putObject("conversion")
                    .put("2", 7.0).put("3", 9.51).put("4", 11.25).put("5", 12.4).put("6", 35.0);
            object(root, "range").put("min", 7).put("max", 35);
            ((ObjectNode) root.get("cutOffs").get(0)).put("threshold", 12.4);
        }));

        Score score = scorer.score(converted, Answers.of(1, 2));

        assertThat(score.rawSum()).isEqualTo(3);
        assertThat(score.value()).isEqualTo(9.51);
        assertThat(scorer.score(converted, Answers.of(3, 2)).isCase()).isTrue();
    }

    @Test
    void countRuleWithAMultiplierScalesTheCount() {
        Instrument count = read(validWith(root -> {
            object(root, "scoring").put("method", "COUNT_AT_LEAST").put("threshold", 3).put("multiplier", 50);
            object(root, "range").put("min", 0).put("max", 100);
            ((ObjectNode) root.get("cutOffs").get(0)).put("threshold", 50);
        }));

        assertThat(scorer.score(count, Answers.of(3, 2)).value()).isEqualTo(50.0);
        assertThat(scorer.score(count, Answers.of(3, 3)).value()).isEqualTo(100.0);
    }

    /** Replaces the items with {@code n} items sharing the answer options. */
    private static void addItems(ObjectNode root, int n) {
        ArrayNode items = root.putArray("items");
        for (int i = 1; i <= n; i++) {
            ObjectNode item = items.addObject().put("key", Integer.toString(i));
            item.putObject("text").put("da", "Spørgsmål " + i).put("en", "Question " + i);
        }
    }
}
