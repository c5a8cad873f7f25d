package dk.virkning.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where α is undefined, and why; the numbers themselves are checked against R in {@link ReliabilityReferenceTest}. */
class CronbachAlphaTest {

    @Test
    void needsThreeRespondentsAndTwoItems() {
        assertThat(CronbachAlpha.of(new double[][] {{1, 2}, {2, 3}}).alpha()).isNull();
        assertThat(CronbachAlpha.of(new double[][] {{1, 2}, {2, 3}}).n()).isEqualTo(2);
        assertThat(CronbachAlpha.of(new double[][] {{1}, {2}, {3}, {4}}).alpha()).isNull();
        assertThat(CronbachAlpha.of(new double[0][]).alpha()).isNull();
    }

    @Test
    void isUndefinedWhenEveryoneHasTheSameSum() {
        assertThat(CronbachAlpha.of(new double[][] {{1, 2}, {2, 1}, {3, 0}}).alpha()).isNull();
    }

    @Test
    void perfectlyParallelItemsGiveOne() {
        assertThat(CronbachAlpha.of(new double[][] {{1, 1, 1}, {2, 2, 2}, {5, 5, 5}}).alpha()).isEqualTo(1.0);
    }

    @Test
    void refusesRaggedRows() {
        assertThatThrownBy(() -> CronbachAlpha.of(new double[][] {{1, 2}, {1}, {2, 2}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
