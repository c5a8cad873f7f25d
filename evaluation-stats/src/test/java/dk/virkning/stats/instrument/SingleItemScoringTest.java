package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleItemScoringTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();
    private final InstrumentScorer scorer = new InstrumentScorer();

    @Test
    void lifeSatisfactionScoreIsTheAnswer() {
        Instrument lifeSat = catalog.get("LIFE_SAT");

        assertThat(scorer.score(lifeSat, Answers.of(7)).value()).isEqualTo(7.0);
        assertThat(scorer.score(lifeSat, Answers.of(0)).value()).isEqualTo(0.0);
        assertThat(scorer.score(lifeSat, Answers.of(10)).value()).isEqualTo(10.0);
    }

    @Test
    void lifeSatisfactionHasNoCaseDefinition() {
        Score score = scorer.score(catalog.get("LIFE_SAT"), Answers.of(2));

        assertThat(score.isCase()).isNull();
        assertThat(score.categories()).isEmpty();
    }

    @Test
    void lifeSatisfactionRejectsEleven() {
        Score score = scorer.score(catalog.get("LIFE_SAT"), Answers.of(11));

        assertThat(score.value()).isNull();
        assertThat(score.problems()).extracting(AnswerProblem::message).containsExactly(
                "LIFE_SAT item 1: 11 is not an allowed answer (allowed: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
    }

    @Test
    void unwantedAloneOftenIsACase() {
        Score score = scorer.score(catalog.get("UNWANTED_ALONE"), Answers.of(4));

        assertThat(score.value()).isEqualTo(4.0);
        assertThat(score.isCase()).isTrue();
        assertThat(score.categoryIds()).containsExactly("OFTEN_UNWANTED_ALONE");
    }

    @Test
    void unwantedAloneSometimesIsNotACase() {
        Score score = scorer.score(catalog.get("UNWANTED_ALONE"), Answers.of(3));

        assertThat(score.value()).isEqualTo(3.0);
        assertThat(score.isCase()).isFalse();
    }

    @Test
    void unwantedAloneNoScoresOneAndMissingScoresNothing() {
        Instrument unwantedAlone = catalog.get("UNWANTED_ALONE");

        assertThat(scorer.score(unwantedAlone, Answers.of(1)).value()).isEqualTo(1.0);
        assertThat(scorer.score(unwantedAlone, Answers.of()).value()).isNull();
        assertThat(scorer.score(unwantedAlone, null).problems()).extracting(AnswerProblem::code)
                .containsExactly(AnswerProblem.Code.MISSING_ITEM);
    }
}
