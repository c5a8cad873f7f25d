package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Who5ScoringTest {

    private final Instrument who5 = InstrumentCatalog.bundled().get("WHO5");
    private final InstrumentScorer scorer = new InstrumentScorer();

    @Test
    void who5RawSumIsMultipliedByFour() {
        Score score = scorer.score(who5, Answers.of(4, 3, 3, 2, 1));

        assertThat(score.rawSum()).isEqualTo(13);
        assertThat(score.value()).isEqualTo(52.0);
        assertThat(score.problems()).isEmpty();
        assertThat(score.prorated()).isFalse();
    }

    @Test
    void allFivesScoreTheMaximumOf100() {
        Score score = scorer.score(who5, Answers.of(5, 5, 5, 5, 5));

        assertThat(score.rawSum()).isEqualTo(25);
        assertThat(score.value()).isEqualTo(100.0);
        assertThat(score.categories()).isEmpty();
        assertThat(score.isCase()).isFalse();
    }

    @Test
    void allZerosScoreTheMinimumOf0AndFallInBothCategories() {
        Score score = scorer.score(who5, Answers.of(0, 0, 0, 0, 0));

        assertThat(score.rawSum()).isZero();
        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.categoryIds()).containsExactly("LOW_WELLBEING", "LIKELY_DEPRESSION");
    }

    @Test
    void score52IsNotLowWellBeing() {
        Score score = scorer.score(who5, Answers.of(4, 3, 3, 2, 1));

        assertThat(score.categories()).isEmpty();
        assertThat(score.isCase()).isFalse();
    }

    @Test
    void score48IsLowWellBeingButNotLikelyDepression() {
        Score score = scorer.score(who5, Answers.of(3, 3, 2, 2, 2));

        assertThat(score.value()).isEqualTo(48.0);
        assertThat(score.categoryIds()).containsExactly("LOW_WELLBEING");
        assertThat(score.categories().get(0).label().en()).isEqualTo("Low well-being (screen for depression)");
        assertThat(score.isCase()).isTrue();
    }

    @Test
    void score28IsLikelyDepression() {
        Score score = scorer.score(who5, Answers.of(2, 2, 1, 1, 1));

        assertThat(score.value()).isEqualTo(28.0);
        assertThat(score.categoryIds()).containsExactly("LOW_WELLBEING", "LIKELY_DEPRESSION");
    }

    @Test
    void score32IsLowWellBeingOnly() {
        Score score = scorer.score(who5, Answers.of(2, 2, 2, 1, 1));

        assertThat(score.value()).isEqualTo(32.0);
        assertThat(score.categoryIds()).containsExactly("LOW_WELLBEING");
    }

    @Test
    void anyMissingItemGivesNoScore() {
        Score score = scorer.score(who5, Answers.of(4, 3, null, 2, 1));

        assertThat(score.value()).isNull();
        assertThat(score.rawSum()).isNull();
        assertThat(score.isCase()).isNull();
        assertThat(score.categories()).isEmpty();
        assertThat(score.missingItems()).containsExactly("3");
        assertThat(score.problems()).extracting(AnswerProblem::code)
                .containsExactly(AnswerProblem.Code.MISSING_ITEM);
    }

    @Test
    void anItemMappedToNullCountsAsMissing() {
        Score score = scorer.score(who5, Answers.withNulls(4, 3, 3, null, 1));

        assertThat(score.value()).isNull();
        assertThat(score.missingItems()).containsExactly("4");
    }

    @Test
    void outOfRangeAnswerGivesNoScoreAndNamesTheItem() {
        Score score = scorer.score(who5, Answers.of(4, 3, 7, 2, 1));

        assertThat(score.value()).isNull();
        assertThat(score.problems()).containsExactly(new AnswerProblem("3", AnswerProblem.Code.VALUE_NOT_ALLOWED,
                "WHO5 item 3: 7 is not an allowed answer (allowed: 0, 1, 2, 3, 4, 5)"));
    }

    @Test
    void theScoreCarriesTheDefinitionVersion() {
        Score score = scorer.score(who5, Answers.of(4, 3, 3, 2, 1));

        assertThat(score.instrumentId()).isEqualTo("WHO5");
        assertThat(score.instrumentVersion()).isEqualTo(who5.version());
    }

    @Test
    void aChangeOfTenPointsIsImportantInTheBetterDirection() {
        assertThat(who5.isImportantImprovement(40, 50)).isTrue();
        assertThat(who5.isImportantImprovement(40, 48)).isFalse();
        assertThat(who5.isImportantDeterioration(60, 48)).isTrue();
        assertThat(who5.isImportantDeterioration(40, 50)).isFalse();
    }
}
