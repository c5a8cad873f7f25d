package dk.virkning.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.stats.instrument.Direction;
import org.junit.jupiter.api.Test;

class ImportantChangeSharesTest {

    private static final double[] PRE = {40, 40, 40, 40, 40, Double.NaN};
    private static final double[] POST = {52, 50, 44, 30, 28, 60};

    @Test
    void countsImprovementUpwardsWhenHigherIsBetter() {
        ImportantChangeShares mic = PairedAnalysis.minimalImportantChange(PRE, POST, 10,
                Direction.HIGHER_IS_BETTER);
        assertThat(mic.n()).isEqualTo(5);
        assertThat(mic.improved()).isEqualTo(2);
        assertThat(mic.deteriorated()).isEqualTo(2);
        assertThat(mic.shareImproved()).isEqualTo(0.4);
        assertThat(mic.shareDeteriorated()).isEqualTo(0.4);
    }

    @Test
    void countsImprovementDownwardsWhenLowerIsBetter() {
        ImportantChangeShares mic = PairedAnalysis.minimalImportantChange(PRE, POST, 11,
                Direction.HIGHER_IS_WORSE);
        assertThat(mic.improved()).isEqualTo(1);
        assertThat(mic.deteriorated()).isEqualTo(1);
    }

    @Test
    void hasNoSharesWithoutPairs() {
        ImportantChangeShares mic = ImportantChangeShares.of(new double[0], 10, Direction.HIGHER_IS_BETTER);
        assertThat(mic.shareImproved()).isNull();
        assertThat(mic.shareDeteriorated()).isNull();
    }

    @Test
    void rejectsANonPositiveMinimalImportantChange() {
        assertThatThrownBy(() -> ImportantChangeShares.of(new double[] {1}, 0, Direction.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
