package dk.virkning.stats.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.stats.instrument.Direction;
import dk.virkning.stats.instrument.Reliability;
import dk.virkning.stats.instrument.ReliabilityKind;
import dk.virkning.stats.paired.CompletePairs;
import dk.virkning.stats.paired.ReliableImprovement;
import dk.virkning.stats.reliability.CronbachAlpha;
import org.junit.jupiter.api.Test;

/** The reliable-change part of a WITHIN result: its fields, and the small-cell rule applied to it. */
class ReliabilityStatisticsTest {

    private static final Reliability PUBLISHED = new Reliability(0.8, ReliabilityKind.INTERNAL_CONSISTENCY, false,
            "A cited paper", null);
    // ReliableChangeTest's pairs: threshold 2.935, three rise and three fall by more
    private static final double[] PRE = {5, 7, 5, 5, 2, 6, 0, 0, 2, 5, 3, 6};
    private static final double[] POST = {3, 2, 5, 5, 7, 0, 0, 3, 6, 3, 3, 1};

    @Test
    void countsImprovementInTheInstrumentsDirection() {
        ReliabilityStatistics better = of(Direction.HIGHER_IS_BETTER, PRE, POST);
        ReliabilityStatistics worse = of(Direction.HIGHER_IS_WORSE, PRE, POST);

        assertThat(better.threshold()).isCloseTo(2.9350463317802959, org.assertj.core.api.Assertions.within(1e-14));
        assertThat(better.improved()).isEqualTo(3);
        assertThat(better.deteriorated()).isEqualTo(3);
        assertThat(better.unchanged()).isEqualTo(6);
        assertThat(better.shareUnchanged()).isEqualTo(0.5);
        assertThat(better.reliabilityKind()).isEqualTo("INTERNAL_CONSISTENCY");
        assertThat(worse.improved()).isEqualTo(3);
        assertThat(worse.unchanged()).isEqualTo(6);
    }

    @Test
    void oneSmallCountHidesAllThreeBecauseTheyAddUpToTheShownN() {
        ReliabilityStatistics s = of(Direction.HIGHER_IS_BETTER, PRE, POST);

        ReliabilityStatistics shown = s.withoutSmallCounts();

        assertThat(shown.improved()).isNull();
        assertThat(shown.unchanged()).isNull();
        assertThat(shown.deteriorated()).isNull();
        assertThat(shown.shareUnchanged()).isNull();
        assertThat(shown.threshold()).isEqualTo(s.threshold());
        assertThat(shown.reliability()).isEqualTo(0.8);
    }

    @Test
    void countsOfFiveOrMoreAndZeroStay() {
        double[] pre = {10, 10, 10, 10, 10, 20, 20, 20, 20, 20, 15, 15, 15, 15, 15};
        double[] post = {30, 30, 30, 30, 30, 20, 20, 20, 20, 20, 15, 15, 15, 15, 15};
        ReliabilityStatistics s = of(Direction.HIGHER_IS_BETTER, pre, post).withoutSmallCounts();

        assertThat(s.improved()).isEqualTo(5);
        assertThat(s.deteriorated()).isZero();
        assertThat(s.unchanged()).isEqualTo(10);
    }

    @Test
    void alphaStaysForAFunderButItsNNeverShows() {
        CronbachAlpha six = CronbachAlpha.of(new double[][] {{1, 2}, {2, 2}, {3, 4}, {1, 1}, {2, 3}, {3, 3}});
        ReliabilityStatistics shown = ReliabilityStatistics.of(null, null, six).withoutSmallCounts();

        assertThat(shown.alpha()).isEqualTo(six.alpha());
        assertThat(shown.alphaN()).isNull();
    }

    @Test
    void alphaGoesWithItsNWhenThatNIsSmall() {
        CronbachAlpha four = CronbachAlpha.of(new double[][] {{1, 2}, {2, 2}, {3, 4}, {1, 1}});
        ReliabilityStatistics s = ReliabilityStatistics.of(null, null, four);

        assertThat(s.alpha()).isNotNull();
        assertThat(s.alphaN()).isEqualTo(4);
        assertThat(s.reliability()).isNull();
        assertThat(s.withoutSmallCounts().alpha()).isNull();
        assertThat(s.withoutSmallCounts().alphaN()).isNull();
    }

    private static ReliabilityStatistics of(Direction direction, double[] pre, double[] post) {
        return ReliabilityStatistics.of(PUBLISHED,
                ReliableImprovement.of(CompletePairs.of(pre, post), PUBLISHED.value(), direction), null);
    }
}
