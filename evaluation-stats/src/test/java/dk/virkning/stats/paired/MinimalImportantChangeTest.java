package dk.virkning.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinimalImportantChangeTest {

    private static final double[] PRE = {40, 40, 40, 40, 40, Double.NaN};
    private static final double[] POST = {52, 50, 44, 30, 28, 60};

    @Test
    void countsImprovementUpwardsWhenHigherIsBetter() {
        MinimalImportantChange mic = PairedAnalysis.minimalImportantChange(PRE, POST, 10,
                ImprovementDirection.HIGHER_IS_BETTER);
        assertThat(mic.n()).isEqualTo(5);
        assertThat(mic.improved()).isEqualTo(2);
        assertThat(mic.deteriorated()).isEqualTo(2);
        assertThat(mic.shareImproved()).isEqualTo(0.4);
        assertThat(mic.shareDeteriorated()).isEqualTo(0.4);
    }

    @Test
    void countsImprovementDownwardsWhenLowerIsBetter() {
        MinimalImportantChange mic = PairedAnalysis.minimalImportantChange(PRE, POST, 11,
                ImprovementDirection.LOWER_IS_BETTER);
        assertThat(mic.improved()).isEqualTo(1);
        assertThat(mic.deteriorated()).isEqualTo(1);
    }

    @Test
    void hasNoSharesWithoutPairs() {
        MinimalImportantChange mic = MinimalImportantChange.of(new double[0], 10, ImprovementDirection.HIGHER_IS_BETTER);
        assertThat(mic.shareImproved()).isNull();
        assertThat(mic.shareDeteriorated()).isNull();
    }

    @Test
    void rejectsANonPositiveMinimalImportantChange() {
        assertThatThrownBy(() -> MinimalImportantChange.of(new double[] {1}, 0, ImprovementDirection.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
