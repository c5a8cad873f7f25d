package dk.virkning.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from R 4.2.2's {@code psignrank}. */
class SignedRankDistributionTest {

    @Test
    void matchesRsPsignrank() {
        assertThat(new SignedRankDistribution(10).cdf(10, true)).isCloseTo(0.0419921875, within(1e-15));
        assertThat(new SignedRankDistribution(12).cdf(30, false)).isCloseTo(0.7407226562499999, within(1e-15));
        assertThat(new SignedRankDistribution(1).cdf(0, true)).isEqualTo(0.5);
        assertThat(new SignedRankDistribution(40).cdf(300, true)).isCloseTo(0.07117425979049585, within(1e-15));
    }

    @Test
    void isSymmetricAndSumsToOne() {
        SignedRankDistribution d = new SignedRankDistribution(15);
        int max = 15 * 16 / 2;
        for (int v = 0; v <= max; v++) {
            assertThat(d.cdf(v, true)).isCloseTo(d.cdf(max - v - 1, false), within(1e-15));
        }
        assertThat(d.cdf(max, true)).isEqualTo(1.0);
        assertThat(d.cdf(-1, true)).isZero();
    }
}
