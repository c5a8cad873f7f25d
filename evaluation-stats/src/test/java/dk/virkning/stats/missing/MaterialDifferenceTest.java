package dk.virkning.stats.missing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.stats.describe.Interval;
import org.junit.jupiter.api.Test;

class MaterialDifferenceTest {

    @Test
    void aSensitivityEstimateBelowFourFifthsOfTheCompleteCaseIsMaterial() {
        assertThat(MaterialDifference.of(10, null, 7.9, null)).isTrue();
        assertThat(MaterialDifference.of(10, null, 8.0, null)).isFalse();
        assertThat(MaterialDifference.of(-10, null, -8.5, null)).isFalse();
    }

    @Test
    void anEstimateOfTheOtherSignIsMaterial() {
        assertThat(MaterialDifference.of(0.5, null, -0.5, null)).isTrue();
    }

    @Test
    void aChangedConclusionIsMaterialEvenWhenTheEstimateBarelyMoves() {
        assertThat(MaterialDifference.of(10, new Interval(0.5, 19.5), 9, new Interval(-0.2, 18.2))).isTrue();
        assertThat(MaterialDifference.of(10, new Interval(0.5, 19.5), 9, new Interval(0.1, 17.9))).isFalse();
    }

    @Test
    void withinGroupBocfShrinksByTheShareMeasuredAgainSoMoreThanAFifthMissingIsMaterial() {
        // 10 completers with mean change 5, k carried forward with change 0: the BOCF mean is 50 / (10 + k)
        assertThat(MaterialDifference.of(5, null, 50.0 / 12, null)).isFalse(); // 2 of 12 missing: 17 %
        assertThat(MaterialDifference.of(5, null, 50.0 / 13, null)).isTrue(); // 3 of 13 missing: 23 %
    }
}
