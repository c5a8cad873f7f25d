package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers are stored as Ja = 3, Mere eller mindre = 2, Nej = 1; items 1-3 emotional, 4-6 social. */
class Djg6ScoringTest {

    private static final int JA = 3;
    private static final int MERE_ELLER_MINDRE = 2;
    private static final int NEJ = 1;

    private final Instrument djg6 = InstrumentCatalog.bundled().get("DJG6");
    private final InstrumentScorer scorer = new InstrumentScorer();

    @Test
    void emotionalItemCountsWhenAnsweredJaOrMereEllerMindre() {
        Score score = scorer.score(djg6, Answers.of(JA, MERE_ELLER_MINDRE, NEJ, JA, JA, JA));

        assertThat(subscale(score, "EMOTIONAL")).isEqualTo(2.0);
        assertThat(subscale(score, "SOCIAL")).isEqualTo(0.0);
        assertThat(score.value()).isEqualTo(2.0);
    }

    @Test
    void reverseScoredSocialItemCountsWhenAnsweredNejOrMereEllerMindre() {
        Score score = scorer.score(djg6, Answers.of(NEJ, NEJ, NEJ, NEJ, MERE_ELLER_MINDRE, JA));

        assertThat(subscale(score, "EMOTIONAL")).isEqualTo(0.0);
        assertThat(subscale(score, "SOCIAL")).isEqualTo(2.0);
        assertThat(score.value()).isEqualTo(2.0);
        assertThat(djg6.reverseScoredItems()).containsExactly("4", "5", "6");
    }

    @Test
    void leastLonelyAnswersScoreZero() {
        Score score = scorer.score(djg6, Answers.of(NEJ, NEJ, NEJ, JA, JA, JA));

        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.rawSum()).isZero();
        assertThat(score.isCase()).isFalse();
        assertThat(score.categories()).isEmpty();
    }

    @Test
    void loneliestAnswersScoreSixWithThreeOnEachSubscale() {
        Score score = scorer.score(djg6, Answers.of(JA, JA, JA, NEJ, NEJ, NEJ));

        assertThat(score.value()).isEqualTo(6.0);
        assertThat(score.rawSum()).isEqualTo(6);
        assertThat(subscale(score, "EMOTIONAL")).isEqualTo(3.0);
        assertThat(subscale(score, "SOCIAL")).isEqualTo(3.0);
    }

    @Test
    void allMereEllerMindreCountsEveryItem() {
        Score score = scorer.score(djg6, Answers.of(2, 2, 2, 2, 2, 2));

        assertThat(score.value()).isEqualTo(6.0);
    }

    @Test
    void twoIsLonelyAndACase() {
        Score score = scorer.score(djg6, Answers.of(JA, NEJ, NEJ, NEJ, JA, JA));

        assertThat(score.value()).isEqualTo(2.0);
        assertThat(score.categoryIds()).containsExactly("LONELY");
        assertThat(score.isCase()).isTrue();
    }

    @Test
    void oneIsNotLonely() {
        Score score = scorer.score(djg6, Answers.of(JA, NEJ, NEJ, JA, JA, JA));

        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.isCase()).isFalse();
    }

    @Test
    void aMissingSocialItemLeavesTheEmotionalSubscaleScored() {
        Score score = scorer.score(djg6, Answers.of(JA, JA, NEJ, JA, null, JA));

        assertThat(score.value()).isNull();
        assertThat(score.missingItems()).containsExactly("5");
        assertThat(subscale(score, "EMOTIONAL")).isEqualTo(2.0);
        assertThat(score.subscale("SOCIAL").orElseThrow().value()).isNull();
    }

    @Test
    void anInvalidAnswerLeavesEverySubscaleUnscored() {
        Score score = scorer.score(djg6, Answers.of(JA, JA, NEJ, JA, 0, JA));

        assertThat(score.value()).isNull();
        assertThat(score.subscales()).extracting(SubscaleScore::value).containsExactly(null, null);
        assertThat(score.problems()).extracting(AnswerProblem::message)
                .containsExactly("DJG6 item 5: 0 is not an allowed answer (allowed: 1, 2, 3)");
    }

    @Test
    void totalIsEmotionalPlusSocialForEveryAnswerSet() {
        List<Score> scores = DefinitionConsistencyTest.scoreAllAnswerSets(djg6);

        assertThat(scores).hasSize(729).allSatisfy(score -> {
            assertThat(subscale(score, "EMOTIONAL")).isBetween(0.0, 3.0);
            assertThat(subscale(score, "SOCIAL")).isBetween(0.0, 3.0);
            assertThat(score.value()).isEqualTo(subscale(score, "EMOTIONAL") + subscale(score, "SOCIAL"));
        });
    }

    private static Double subscale(Score score, String id) {
        return score.subscale(id).orElseThrow().value();
    }
}
