package dk.virkning.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SmallSampleCorrectionTest {

    @Test
    void isTheExactGammaRatio() {
        // R: exp(lgamma(5) - log(sqrt(5)) - lgamma(4.5))
        assertThat(SmallSampleCorrection.ofDegreesOfFreedom(10)).isCloseTo(0.92274560805308703, within(1e-15));
        assertThat(SmallSampleCorrection.effectsize(10)).isEqualTo(SmallSampleCorrection.ofDegreesOfFreedom(10));
        assertThat(SmallSampleCorrection.ofDegreesOfFreedom(2)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-15));
    }

    @Test
    void isZeroForEffectsizeButUndefinedOtherwiseAtOneDegreeOfFreedom() {
        assertThat(SmallSampleCorrection.effectsize(1)).isZero();
        assertThat(SmallSampleCorrection.ofDegreesOfFreedom(1)).isNull();
        assertThat(SmallSampleCorrection.effectsize(0)).isNull();
    }

    @Test
    void approachesOneForLargeSamples() {
        assertThat(SmallSampleCorrection.ofDegreesOfFreedom(10_000)).isCloseTo(1 - 3 / (4.0 * 10_000 - 1), within(1e-9));
    }
}
