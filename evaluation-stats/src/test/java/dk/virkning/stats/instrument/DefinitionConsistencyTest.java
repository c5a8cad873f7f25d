package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped definition is checked by brute force: all complete answer sets are
 * scored, independently of the range check the loader does.
 */
class DefinitionConsistencyTest {

    static List<Instrument> instruments() {
        return InstrumentCatalog.bundled().all();
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void declaredRangeIsExactlyWhatAllAnswerSetsProduce(Instrument instrument) {
        List<Score> scores = scoreAllAnswerSets(instrument);

        assertThat(scores).allSatisfy(score -> assertThat(score.problems()).isEmpty());
        double min = scores.stream().mapToDouble(Score::value).min().orElseThrow();
        double max = scores.stream().mapToDouble(Score::value).max().orElseThrow();
        assertThat(min).isEqualTo(instrument.range().min());
        assertThat(max).isEqualTo(instrument.range().max());
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void everyCutOffLiesInTheRangeAndSeparatesSomeScores(Instrument instrument) {
        List<Score> scores = scoreAllAnswerSets(instrument);

        for (CutOff cutOff : instrument.cutOffs()) {
            assertThat(instrument.range().contains(cutOff.threshold())).as(cutOff.id()).isTrue();
            assertThat(scores).as(cutOff.id() + " reached").anyMatch(s -> s.categories().contains(cutOff));
            assertThat(scores).as(cutOff.id() + " missed").anyMatch(s -> !s.categories().contains(cutOff));
        }
    }

    @ParameterizedTest
    @MethodSource("instruments")
    void everyDefinitionHasTheFieldsTheStatisticsNeed(Instrument instrument) {
        assertThat(instrument.version()).isNotBlank();
        assertThat(instrument.source()).isNotBlank();
        assertThat(instrument.minimalImportantChange().points()).isPositive();
        assertThat(instrument.allowedMissing()).isZero();
        if (instrument.minimalImportantChange().convention()) {
            assertThat(instrument.minimalImportantChange().source()).startsWith("Platform convention");
        }
        if (!instrument.id().equals("LIFE_SAT")) {
            assertThat(instrument.primaryCutOff()).isPresent();
        }
    }

    /** Scores the Cartesian product of every item's answer values. */
    static List<Score> scoreAllAnswerSets(Instrument instrument) {
        InstrumentScorer scorer = new InstrumentScorer();
        List<Map<String, Integer>> answerSets = new ArrayList<>();
        answerSets.add(new HashMap<>());
        for (Item item : instrument.items()) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> partial : answerSets) {
                for (int value : item.allowedValues()) {
                    Map<String, Integer> extended = new HashMap<>(partial);
                    extended.put(item.key(), value);
                    next.add(extended);
                }
            }
            answerSets = next;
        }
        return answerSets.stream().map(answers -> scorer.score(instrument, answers)).toList();
    }
}
