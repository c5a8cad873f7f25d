package dk.virkning.stats.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from metafor 3.8.1's {@code rma()} and {@code predict()}. */
class RandomEffectsMetaTest {

    private static final double[] YI = {0.545651, 0.017557, 0.170006, -0.01759, -0.703388, 0.600689, 1.22398};
    private static final double[] VI = {0.073715, 0.107602, 0.033642, 0.02279, 0.083666, 0.032825, 0.22965};

    @Test
    void remlWithHartungKnappMatchesMetafor() {
        MetaResult r = RandomEffectsMeta.analyse(YI, VI, Tau2Method.REML, MetaTest.KNHA);
        assertThat(r.k()).isEqualTo(7);
        assertThat(r.estimate()).isCloseTo(0.218404635123426, within(1e-6));
        assertThat(r.se()).isCloseTo(0.208633054657755, within(1e-6));
        assertThat(r.tau2()).isCloseTo(0.196243204309093, within(1e-6));
        assertThat(r.i2()).isCloseTo(78.8706702054677, within(1e-4));
        assertThat(r.q()).isCloseTo(23.2282486899181, within(1e-10));
        assertThat(r.qP()).isCloseTo(0.00072352739910752, within(1e-12));
        assertThat(r.pi().lower()).isCloseTo(-0.979760316651156, within(1e-6));
        assertThat(r.pi().upper()).isCloseTo(1.41656958689801, within(1e-6));
    }

    @Test
    void derSimonianLairdTruncatesTauSquaredAtZeroAndThenEqualsTheFixedEffectModel() {
        double[] yi = {0.318079, 0.283565};
        double[] vi = {0.049907, 0.021367};
        MetaResult r = RandomEffectsMeta.analyse(yi, vi, Tau2Method.DL, MetaTest.Z);
        double w1 = 1 / vi[0];
        double w2 = 1 / vi[1];
        assertThat(r.tau2()).isZero();
        assertThat(r.i2()).isZero();
        assertThat(r.estimate()).isCloseTo((w1 * yi[0] + w2 * yi[1]) / (w1 + w2), within(1e-15));
        assertThat(r.se()).isCloseTo(Math.sqrt(1 / (w1 + w2)), within(1e-15));
        assertThat(r.pi()).isEqualTo(r.ci());
    }

    @Test
    void hartungKnappWithIdenticalEffectsHasZeroStandardErrorAsInMetafor() {
        MetaResult r = RandomEffectsMeta.analyse(new double[] {0.3, 0.3}, new double[] {0.04, 0.05},
                Tau2Method.REML, MetaTest.KNHA);
        assertThat(r.estimate()).isCloseTo(0.3, within(1e-15));
        assertThat(r.se()).isZero();
        assertThat(r.p()).isZero();
        assertThat(r.ci().lower()).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void aSingleStudyIsPooledWithTheZTestAndNoHeterogeneity() {
        MetaResult r = RandomEffectsMeta.analyse(new double[] {0.3}, new double[] {0.04}, Tau2Method.REML,
                MetaTest.KNHA);
        assertThat(r.se()).isCloseTo(0.2, within(1e-15));
        assertThat(r.ci().lower()).isCloseTo(-0.0919928, within(1e-7));
        assertThat(r.p()).isCloseTo(0.1336144, within(1e-7));
        assertThat(r.q()).isZero();
        assertThat(r.qP()).isEqualTo(1.0);
        assertThat(r.i2()).isZero();
    }

    @Test
    void leavesEverythingUndefinedWhenFisherScoringDoesNotConverge() {
        // metafor: "Fisher scoring algorithm did not converge" (tau2 oscillates for 100 iterations)
        double[] yi = {0.591858, 0.649192, 0.527212, 0.861201, 0.177149, 0.396765, 0.103629, 0.115026, 0.291271, 0.346452, 0.457624, 0.467973, 0.145740, 0.756778, 0.350181, 0.446904, 0.631415, 0.488654, 0.918817, 0.288048, 0.414146, 0.196634, 0.401125, 0.537113, 1.211924};
        double[] vi = {0.066013, 0.065042, 0.132006, 0.161965, 0.079115, 0.168757, 0.134514, 0.113407, 0.102420, 0.169395, 0.039958, 0.091275, 0.010746, 0.115475, 0.106980, 0.022888, 0.172948, 0.045151, 0.070675, 0.046117, 0.035564, 0.102621, 0.138631, 0.012520, 0.170240};
        MetaResult r = RandomEffectsMeta.analyse(yi, vi, Tau2Method.REML, MetaTest.Z);
        assertThat(r.k()).isEqualTo(25);
        assertThat(r.tau2()).isNull();
        assertThat(r.estimate()).isNull();
        assertThat(r.ci()).isNull();
        assertThat(RandomEffectsMeta.analyse(yi, vi, Tau2Method.DL, MetaTest.Z).tau2()).isNotNull();
    }

    @Test
    void rejectsInputThatIsNotAMetaAnalysis() {
        assertThatThrownBy(() -> RandomEffectsMeta.analyse(new double[0], new double[0], Tau2Method.REML, MetaTest.Z))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomEffectsMeta.analyse(new double[] {1}, new double[] {0}, Tau2Method.DL, MetaTest.Z))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomEffectsMeta.analyse(new double[] {1, 2}, new double[] {1}, Tau2Method.DL, MetaTest.Z))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
