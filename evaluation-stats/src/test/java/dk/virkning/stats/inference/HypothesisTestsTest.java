package dk.virkning.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from R 4.2.2 ({@code t.test}, {@code wilcox.test}, {@code mcnemar.test}, {@code binom.test}). */
class HypothesisTestsTest {

    @Test
    void welchMatchesRsTTest() {
        TTestResult r = StudentT.welch(new double[] {12, 15, 11, 19, 14, 13}, new double[] {10, 9, 14, 8, 11});
        assertThat(r.t()).isCloseTo(2.327024233378287, within(1e-12));
        assertThat(r.df()).isCloseTo(8.999912711021102, within(1e-12));
        assertThat(r.p()).isCloseTo(0.044965959453271344, within(1e-12));
        assertThat(r.ci().lower()).isCloseTo(0.100346790787651435, within(1e-9));
        assertThat(r.ci().upper()).isCloseTo(7.099653209212347882, within(1e-9));
    }

    @Test
    void welchIsUndefinedForASingleValueOrNoSpread() {
        assertThat(StudentT.welch(new double[] {1}, new double[] {2, 3})).isNull();
        assertThat(StudentT.welch(new double[] {1, 1}, new double[] {2, 2})).isNull();
    }

    @Test
    void wilcoxonIsExactWithoutTiesOrZerosBelowFifty() {
        SignedRankResult r = WilcoxonSignedRank.test(new double[] {1.5, -2.25, 3.125, 4.5, -0.5, 6.75, 7.1});
        assertThat(r.exact()).isTrue();
        assertThat(r.v()).isEqualTo(24.0);
        assertThat(r.p()).isCloseTo(0.109375, within(1e-15));
    }

    @Test
    void wilcoxonUsesTheCorrectedNormalApproximationWithTiesAndZeros() {
        SignedRankResult r = WilcoxonSignedRank.test(new double[] {1, -1, 2, 2, 3, 0, 4});
        assertThat(r.exact()).isFalse();
        assertThat(r.n()).isEqualTo(6);
        assertThat(r.p()).isCloseTo(0.073139799658908933, within(1e-14));
    }

    @Test
    void wilcoxonUsesTheNormalApproximationFromFiftyDifferences() {
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 3 == 0 ? -1 : 1) * (i + 0.5);
        }
        assertThat(WilcoxonSignedRank.test(x).exact()).isFalse();
        assertThat(WilcoxonSignedRank.test(java.util.Arrays.copyOf(x, 49)).exact()).isTrue();
    }

    @Test
    void mcnemarMatchesRAndAppliesTheCorrectionOnlyWhenCountsDiffer() {
        assertThat(McNemar.correctedP(5, 2)).isCloseTo(0.44969179796889097, within(1e-14));
        assertThat(McNemar.correctedP(3, 3)).isEqualTo(1.0);
        assertThat(McNemar.correctedP(0, 0)).isNull();
        assertThat(McNemar.exactP(0, 0)).isNull();
    }

    @Test
    void exactBinomialMatchesRsTwoSidedRule() {
        assertThat(McNemar.binomialTwoSidedP(3, 10, 0.5)).isCloseTo(0.34375, within(1e-14));
        assertThat(McNemar.binomialTwoSidedP(7, 9, 0.5)).isCloseTo(0.1796875, within(1e-14));
        assertThat(McNemar.exactP(0, 4)).isCloseTo(0.125, within(1e-15));
        assertThat(McNemar.binomialTwoSidedP(2, 10, 0.3)).isCloseTo(0.73317206799999957, within(1e-13));
    }
}
