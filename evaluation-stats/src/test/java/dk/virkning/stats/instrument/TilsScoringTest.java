package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TilsScoringTest {

    private final Instrument tils = InstrumentCatalog.bundled().get("TILS");
    private final InstrumentScorer scorer = new InstrumentScorer();

    @Test
    void scoreIsTheSumOfTheThreeItems() {
        Score score = scorer.score(tils, Answers.of(3, 2, 1));

        assertThat(score.rawSum()).isEqualTo(6);
        assertThat(score.value()).isEqualTo(6.0);
    }

    @Test
    void sevenIsSevereLonelinessAndACase() {
        Score score = scorer.score(tils, Answers.of(3, 2, 2));

        assertThat(score.value()).isEqualTo(7.0);
        assertThat(score.categoryIds()).containsExactly("SEVERE_LONELINESS", "LONELY");
        assertThat(score.isCase()).isTrue();
        assertThat(score.categories().get(0).label().da()).isEqualTo("Tegn på svær ensomhed");
    }

    @Test
    void sixIsLonelyByTheAlternativeCutOffButNotSevereAndNotACase() {
        Score score = scorer.score(tils, Answers.of(2, 2, 2));

        assertThat(score.value()).isEqualTo(6.0);
        assertThat(score.categoryIds()).containsExactly("LONELY");
        assertThat(score.isCase()).isFalse();
    }

    @Test
    void boundsAreThreeAndNine() {
        assertThat(scorer.score(tils, Answers.of(1, 1, 1)).value()).isEqualTo(3.0);
        assertThat(scorer.score(tils, Answers.of(3, 3, 3)).value()).isEqualTo(9.0);
        assertThat(scorer.score(tils, Answers.of(1, 1, 1)).categories()).isEmpty();
    }

    @Test
    void anyMissingItemGivesNoScore() {
        Score score = scorer.score(tils, Answers.of(3, null, 3));

        assertThat(score.value()).isNull();
        assertThat(score.problems()).containsExactly(new AnswerProblem("2", AnswerProblem.Code.MISSING_ITEM,
                "TILS item 2: missing answer (TILS allows no missing items)"));
    }

    @Test
    void zeroIsNotAnAllowedAnswer() {
        Score score = scorer.score(tils, Answers.of(0, 2, 2));

        assertThat(score.value()).isNull();
        assertThat(score.problems()).extracting(AnswerProblem::message)
                .containsExactly("TILS item 1: 0 is not an allowed answer (allowed: 1, 2, 3)");
    }

    @Test
    void higherIsWorseSoAFallOfOnePointIsAnImportantImprovement() {
        assertThat(tils.direction()).isEqualTo(Direction.HIGHER_IS_WORSE);
        assertThat(tils.isImportantImprovement(7, 6)).isTrue();
        assertThat(tils.isImportantImprovement(6, 7)).isFalse();
        assertThat(tils.isImportantDeterioration(6, 7)).isTrue();
        assertThat(tils.minimalImportantChange().convention()).isTrue();
    }
}
