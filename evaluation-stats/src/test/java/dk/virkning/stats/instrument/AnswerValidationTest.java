package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerValidationTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();
    private final Instrument who5 = catalog.get("WHO5");
    private final InstrumentScorer scorer = new InstrumentScorer();

    @Test
    void completeValidAnswersHaveNoProblem() {
        assertThat(scorer.validate(who5, Answers.of(5, 4, 3, 2, 1))).isEmpty();
    }

    @Test
    void rejectsAnswerOutsideInstrumentValues() {
        assertThat(scorer.validate(who5, Answers.of(5, 4, 7, 2, 1))).containsExactly(new AnswerProblem("3",
                AnswerProblem.Code.VALUE_NOT_ALLOWED, "WHO5 item 3: 7 is not an allowed answer (allowed: 0, 1, 2, 3, 4, 5)"));
    }

    @Test
    void rejectsNegativeAnswer() {
        assertThat(scorer.validate(who5, Answers.of(5, -1, 3, 2, 1))).extracting(AnswerProblem::message)
                .containsExactly("WHO5 item 2: -1 is not an allowed answer (allowed: 0, 1, 2, 3, 4, 5)");
    }

    @Test
    void rejectsUnknownItem() {
        Map<String, Integer> answers = Answers.of(5, 4, 3, 2, 1);
        answers.put("6", 3);

        assertThat(scorer.validate(who5, answers)).containsExactly(new AnswerProblem("6",
                AnswerProblem.Code.UNKNOWN_ITEM, "WHO5 item 6: unknown item (WHO5 has items 1, 2, 3, 4, 5)"));
    }

    @Test
    void reportsEveryProblemInItemOrderThenUnknownKeys() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("q1", 1);
        answers.put("10", 1);
        answers.put("1", 9);
        answers.put("6", 2);
        answers.put("3", 4);
        answers.put("5", 6);

        List<AnswerProblem> problems = scorer.validate(who5, answers);

        assertThat(problems).extracting(AnswerProblem::itemKey).containsExactly("1", "2", "4", "5", "6", "10", "q1");
        assertThat(problems).extracting(AnswerProblem::code).containsExactly(
                AnswerProblem.Code.VALUE_NOT_ALLOWED, AnswerProblem.Code.MISSING_ITEM, AnswerProblem.Code.MISSING_ITEM,
                AnswerProblem.Code.VALUE_NOT_ALLOWED, AnswerProblem.Code.UNKNOWN_ITEM, AnswerProblem.Code.UNKNOWN_ITEM,
                AnswerProblem.Code.UNKNOWN_ITEM);
        assertThat(problems.get(1).message()).isEqualTo("WHO5 item 2: missing answer (WHO5 allows no missing items)");
    }

    @Test
    void noAnswersAtAllReportsEveryItemMissing() {
        assertThat(scorer.validate(who5, Map.of())).extracting(AnswerProblem::itemKey)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(scorer.validate(who5, null)).hasSize(5);
    }

    @Test
    void anAnswerWithoutKeyIsAnUnknownItem() {
        Map<String, Integer> answers = new HashMap<>(Answers.of(5, 4, 3, 2, 1));
        answers.put(null, 2);

        assertThat(scorer.validate(who5, answers)).containsExactly(
                new AnswerProblem(null, AnswerProblem.Code.UNKNOWN_ITEM, "WHO5: an answer has no item key"));
    }

    @Test
    void anUnknownItemMeansNoScoreEvenWhenTheRealItemsAreComplete() {
        Map<String, Integer> answers = Answers.of(5, 4, 3, 2, 1);
        answers.put("0", 3);

        Score score = scorer.score(who5, answers);

        assertThat(score.value()).isNull();
        assertThat(score.problems()).extracting(AnswerProblem::code).containsExactly(AnswerProblem.Code.UNKNOWN_ITEM);
    }

    @Test
    void scorerNeverThrowsForArbitraryUserInput() {
        Random random = new Random(20240611);
        String[] keys = {"1", "2", "3", "4", "5", "6", "0", "01", " 1", "x", "", "99999999999"};
        for (Instrument instrument : catalog.all()) {
            for (int round = 0; round < 2000; round++) {
                Map<String, Integer> answers = new HashMap<>();
                int size = random.nextInt(8);
                for (int i = 0; i < size; i++) {
                    int kind = random.nextInt(10);
                    Integer value = kind == 0 ? null : kind == 1 ? random.nextInt() : random.nextInt(13) - 1;
                    answers.put(keys[random.nextInt(keys.length)], value);
                }

                Score score = scorer.score(instrument, answers);

                assertThat(score.hasValue()).isEqualTo(score.problems().isEmpty());
                assertThat(score.problems()).isEqualTo(scorer.validate(instrument, answers));
                if (score.hasValue()) {
                    assertThat(instrument.range().contains(score.value())).isTrue();
                }
            }
        }
    }
}
