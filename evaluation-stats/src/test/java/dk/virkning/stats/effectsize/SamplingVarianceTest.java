package dk.virkning.stats.effectsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.stats.distribution.SmallSampleCorrection;
import org.junit.jupiter.api.Test;

/** Reference values from metafor 3.8.1's {@code escalc()}. */
class SamplingVarianceTest {

    @Test
    void varianceOfGzIsEscalcsStandardisedMeanChange() {
        // escalc("SMCC", m1i=12, m2i=10, sd1i=4, sd2i=5, ri=0.6, ni=20)
        double dz = 2 / Math.sqrt(16 + 25 - 2 * 0.6 * 4 * 5);
        double gz = dz * SmallSampleCorrection.ofDegreesOfFreedom(19);
        assertThat(gz).isCloseTo(0.465624914850661431, within(1e-14));
        assertThat(SamplingVariance.ofGz(gz, 20)).isCloseTo(0.055420164033242146, within(1e-15));
    }

    @Test
    void varianceOfGBetweenGroupsIsEscalcsStandardisedMeanDifference() {
        // escalc("SMD", m1i=12, m2i=10, sd1i=4, sd2i=5, n1i=20, n2i=25)
        double pooled = Math.sqrt((19 * 16 + 24 * 25) / 43.0);
        double g = 2 / pooled * SmallSampleCorrection.ofDegreesOfFreedom(43);
        assertThat(g).isCloseTo(0.428534294874264976, within(1e-14));
        assertThat(SamplingVariance.ofGChange(g, 20, 25)).isCloseTo(0.092040462687593153, within(1e-15));
    }

    @Test
    void isUndefinedWithoutAnEffectOrEnoughParticipants() {
        assertThat(SamplingVariance.ofGz(null, 20)).isNull();
        assertThat(SamplingVariance.ofGz(0.5, 1)).isNull();
        assertThat(SamplingVariance.ofGChange(0.5, 0, 10)).isNull();
    }
}
