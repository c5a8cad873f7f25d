package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentValuesTest {

    @Test
    void reverseScoringMirrorsTheAnswerWithinTheItemsValues() {
        Item item = new Item("1", new LocalizedText("a", "a"), List.of(option(1), option(2), option(3)), true);

        assertThat(item.scoredValue(1)).isEqualTo(3);
        assertThat(item.scoredValue(2)).isEqualTo(2);
        assertThat(item.scoredValue(3)).isEqualTo(1);
    }

    @Test
    void directionSignsChangeSoThatPositiveIsImprovement() {
        assertThat(Direction.HIGHER_IS_BETTER.improvement(40, 52)).isEqualTo(12.0);
        assertThat(Direction.HIGHER_IS_WORSE.improvement(8, 6)).isEqualTo(2.0);
    }

    @Test
    void cutOffsIncludeTheirThreshold() {
        CutOff atLeast = new CutOff("A", Comparison.AT_LEAST, 7, new LocalizedText("a", "a"));
        CutOff atMost = new CutOff("B", Comparison.AT_MOST, 50, new LocalizedText("b", "b"));

        assertThat(atLeast.includes(7)).isTrue();
        assertThat(atLeast.includes(6.999)).isFalse();
        assertThat(atMost.includes(50)).isTrue();
        assertThat(atMost.includes(50.001)).isFalse();
        assertThat(Comparison.AT_LEAST.symbol()).isEqualTo("≥");
        assertThat(Comparison.AT_MOST.symbol()).isEqualTo("≤");
    }

    @Test
    void textIsDanishUnlessEnglishIsAskedFor() {
        LocalizedText text = new LocalizedText("ensomhed", "loneliness");

        assertThat(text.in(Locale.ENGLISH)).isEqualTo("loneliness");
        assertThat(text.in(Locale.UK)).isEqualTo("loneliness");
        assertThat(text.in(Locale.forLanguageTag("da-DK"))).isEqualTo("ensomhed");
    }

    @Test
    void textNeedsBothLanguages() {
        assertThatThrownBy(() -> new LocalizedText("ensomhed", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("English text (en) is missing");
    }

    @Test
    void scoringRuleCopiesItsConversionTable() {
        java.util.HashMap<Integer, Double> table = new java.util.HashMap<>(Map.of(1, 2.0));
        ScoringRule rule = new ScoringRule(ScoringMethod.SUM, 1, null, table);
        table.put(2, 3.0);

        assertThat(rule.conversion()).containsOnlyKeys(1);
        assertThatThrownBy(() -> rule.conversion().put(3, 4.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scoreListsCannotBeModified() {
        Score score = new InstrumentScorer().score(InstrumentCatalog.bundled().get("TILS"), Answers.of(3, 3, 3));

        assertThatThrownBy(() -> score.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> score.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static AnswerOption option(int value) {
        return new AnswerOption(value, new LocalizedText(Integer.toString(value), Integer.toString(value)));
    }
}
