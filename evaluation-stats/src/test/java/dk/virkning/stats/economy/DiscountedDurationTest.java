package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscountedDurationTest {

    @Test
    void oneYearIsWorthOneYearWhateverTheRates() {
        assertThat(DiscountedDuration.factor(1, 0.5, 0.035)).isEqualTo(1.0);
        assertThat(DiscountedDuration.factor(1, 0.9, 0.2)).isEqualTo(1.0);
    }

    @Test
    void aFractionalFirstYearCountsInProportion() {
        assertThat(DiscountedDuration.factor(0.5, 0.5, 0.035)).isEqualTo(0.5);
        assertThat(DiscountedDuration.factor(0, 0.5, 0.035)).isEqualTo(0.0);
    }

    @Test
    void wholeYearsFollowTheGeometricClosedForm() {
        double q = (1 - 0.25) / 1.035;
        assertThat(DiscountedDuration.factor(5, 0.25, 0.035)).isCloseTo((1 - Math.pow(q, 5)) / (1 - q), within(1e-12));
    }

    @Test
    void aFractionalLastYearCountsInProportion() {
        double q = 0.5 / 1.035;
        assertThat(DiscountedDuration.factor(2.5, 0.5, 0.035)).isCloseTo(1 + q + 0.5 * q * q, within(1e-12));
    }

    @Test
    void withoutDropOffOrDiscountingItIsTheDuration() {
        assertThat(DiscountedDuration.factor(3, 0, 0)).isEqualTo(3.0);
    }

    @Test
    void isContinuousInTheDuration() {
        assertThat(DiscountedDuration.factor(2 - 1e-9, 0.5, 0.035))
                .isCloseTo(DiscountedDuration.factor(2, 0.5, 0.035), within(1e-8));
    }

    @Test
    void rejectsImpossibleRates() {
        assertThatThrownBy(() -> DiscountedDuration.factor(1, 1.5, 0.035)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountedDuration.factor(-1, 0.5, 0.035)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DiscountedDuration.factor(1, 0.5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
