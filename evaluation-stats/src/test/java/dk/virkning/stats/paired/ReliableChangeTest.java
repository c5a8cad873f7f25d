package dk.virkning.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from R 4.2.2: {@code sqrt(2) * sd(pre) * sqrt(1 - r)} and the counts beyond 1.96 times it. */
class ReliableChangeTest {

    private static final double[] PRE = {5, 7, 5, 5, 2, 6, 0, 0, 2, 5, 3, 6};
    private static final double[] POST = {3, 2, 5, 5, 7, 0, 0, 3, 6, 3, 3, 1};

    @Test
    void countsTheChangesBeyondWhatMeasurementErrorExplains() {
        ReliableChange r = ReliableChange.of(CompletePairs.of(PRE, POST), 0.8);

        assertThat(r.sDiff()).isCloseTo(1.4974726182552531, within(1e-14));
        assertThat(r.threshold()).isCloseTo(2.9350463317802959, within(1e-14));
        assertThat(r.increased()).isEqualTo(3);
        assertThat(r.decreased()).isEqualTo(3);
        assertThat(r.shareIncreased()).isEqualTo(0.25);
    }

    @Test
    void aChangeEqualToTheThresholdIsNotReliable() {
        ReliableChange r = ReliableChange.of(CompletePairs.of(new double[] {0, 2, 0, 2}, new double[] {0, 2, 4, 2}),
                0.0);

        assertThat(r.threshold()).isCloseTo(1.96 * Math.sqrt(2) * Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(r.increased()).isEqualTo(1);
    }

    @Test
    void isUndefinedWithoutASpreadAtBaselineAndRefusesAnImpossibleReliability() {
        ReliableChange r = ReliableChange.of(CompletePairs.of(new double[] {3}, new double[] {5}), 0.9);
        assertThat(r.sDiff()).isNull();
        assertThat(r.increased()).isNull();
        assertThatThrownBy(() -> ReliableChange.of(CompletePairs.of(PRE, POST), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
