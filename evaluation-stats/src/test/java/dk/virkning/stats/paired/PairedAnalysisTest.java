package dk.virkning.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.stats.describe.Interval;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedAnalysisTest {

    private static final double[] PRE = {12, 20, 8, 16, 24, 4, 16, 12, 20, 28, 8, 12, 16, 20, 4};
    private static final double[] POST = {16, 20, 16, 12, 28, 12, 20, 20, 16, 28, 16, 12, 24, 24, 8};

    @Test
    void isInvariantToTheOrderOfPairs() {
        PairedResult original = PairedAnalysis.analyse(PRE, POST, 14.0);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int[] order = permutation(PRE.length, random);
            double[] pre = new double[PRE.length];
            double[] post = new double[PRE.length];
            for (int i = 0; i < order.length; i++) {
                pre[i] = PRE[order[i]];
                post[i] = POST[order[i]];
            }
            PairedResult shuffled = PairedAnalysis.analyse(pre, post, 14.0);
            assertThat(shuffled.meanChange()).isCloseTo(original.meanChange(), within(1e-12));
            assertThat(shuffled.sdChange()).isCloseTo(original.sdChange(), within(1e-12));
            assertThat(shuffled.rPrePost()).isCloseTo(original.rPrePost(), within(1e-12));
            assertThat(shuffled.tTest().p()).isCloseTo(original.tTest().p(), within(1e-12));
            assertClose(shuffled.changeEffect().dCi(), original.changeEffect().dCi(), 1e-9);
            assertThat(shuffled.dRm()).isCloseTo(original.dRm(), within(1e-12));
            assertThat(shuffled.wilcoxon()).isEqualTo(original.wilcoxon());
            assertThat(shuffled.caseness()).isEqualTo(original.caseness());
        }
    }

    @Test
    void swappingPreAndPostFlipsTheSignOfEveryDirectedStatistic() {
        PairedResult forward = PairedAnalysis.analyse(PRE, POST);
        PairedResult backward = PairedAnalysis.analyse(POST, PRE);
        assertThat(backward.meanChange()).isCloseTo(-forward.meanChange(), within(1e-12));
        assertThat(backward.sdChange()).isCloseTo(forward.sdChange(), within(1e-12));
        assertThat(backward.rPrePost()).isCloseTo(forward.rPrePost(), within(1e-12));
        assertThat(backward.tTest().t()).isCloseTo(-forward.tTest().t(), within(1e-12));
        assertThat(backward.tTest().p()).isCloseTo(forward.tTest().p(), within(1e-12));
        assertClose(backward.tTest().ci(), mirror(forward.tTest().ci()), 1e-12);
        assertThat(backward.changeEffect().d()).isCloseTo(-forward.changeEffect().d(), within(1e-12));
        assertThat(backward.changeEffect().g()).isCloseTo(-forward.changeEffect().g(), within(1e-12));
        assertClose(backward.changeEffect().dCi(), mirror(forward.changeEffect().dCi()), 1e-6);
        assertThat(backward.dAv()).isCloseTo(-forward.dAv(), within(1e-12));
        assertThat(backward.gAv()).isCloseTo(-forward.gAv(), within(1e-12));
        assertThat(backward.dRm()).isCloseTo(-forward.dRm(), within(1e-12));
        assertThat(backward.wilcoxon().p()).isCloseTo(forward.wilcoxon().p(), within(1e-12));
        int n = forward.wilcoxon().n();
        assertThat(backward.wilcoxon().v()).isEqualTo(n * (n + 1) / 2.0 - forward.wilcoxon().v());
    }

    @Test
    void twoPairsHaveNoCorrelationNoGAvAndAZeroGz() {
        PairedResult r = PairedAnalysis.analyse(new double[] {5, 3}, new double[] {6, 7});
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.tTest().df()).isEqualTo(1.0);
        assertThat(r.rPrePost()).isNull();
        assertThat(r.dRm()).isNull();
        assertThat(r.dAv()).isNotNull();
        assertThat(r.gAv()).isNull();
        assertThat(r.changeEffect().d()).isCloseTo(2.5 / Math.sqrt(4.5), within(1e-12));
        assertThat(r.changeEffect().g()).isZero();
        assertThat(r.changeEffect().gCi().lower()).isZero();
        assertThat(r.changeEffect().gCi().upper()).isZero();
    }

    @Test
    void threePairsDefineEveryStatistic() {
        PairedResult r = PairedAnalysis.analyse(new double[] {19.984, 9.117, 24.384}, new double[] {16.944, 18.843, 26.762});
        assertThat(r.rPrePost()).isCloseTo(0.584274457702072, within(1e-12));
        assertThat(r.gAv()).isCloseTo(0.260922382937632, within(1e-12));
        assertThat(r.dRm()).isCloseTo(0.429975816397837, within(1e-12));
        assertThat(r.changeEffect().g()).isCloseTo(0.266042329143258, within(1e-12));
        assertThat(r.wilcoxon().exact()).isTrue();
        assertThat(r.wilcoxon().p()).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void constantChangeLeavesTheTTestAndDzUndefined() {
        PairedResult r = PairedAnalysis.analyse(new double[] {10, 14, 20, 8}, new double[] {14, 18, 24, 12});
        assertThat(r.sdChange()).isZero();
        assertThat(r.rPrePost()).isCloseTo(1.0, within(1e-12));
        assertThat(r.tTest()).isNull();
        assertThat(r.changeEffect().d()).isNull();
        assertThat(r.changeEffect().dCi()).isNull();
        assertThat(r.changeEffect().g()).isNull();
        assertThat(r.dRm()).isNull();
        assertThat(r.dAv()).isNotNull();
        assertThat(r.wilcoxon().exact()).isFalse();
        assertThat(r.wilcoxon().v()).isEqualTo(10.0);
    }

    @Test
    void decimalConstantChangeCountsAsZeroSpreadDespiteRoundingNoise() {
        double[] pre = {19.562, 20.406, 17.1, 22.25};
        double[] post = {21.662, 22.506, 19.2, 24.35};
        PairedResult r = PairedAnalysis.analyse(pre, post);
        assertThat(r.sdChange()).isZero();
        assertThat(r.tTest()).isNull();
        assertThat(r.changeEffect()).isEqualTo(dk.virkning.stats.effectsize.StandardizedDifference.UNDEFINED);
    }

    @Test
    void allZeroChangeHasAWilcoxonStatisticButNoPValue() {
        PairedResult r = PairedAnalysis.analyse(new double[] {5, 6, 7}, new double[] {5, 6, 7});
        assertThat(r.wilcoxon().v()).isZero();
        assertThat(r.wilcoxon().p()).isNull();
        assertThat(r.tTest()).isNull();
        assertThat(r.changeEffect().d()).isNull();
        assertThat(r.dAv()).isZero();
    }

    @Test
    void leavesOutAndCountsIncompletePairs() {
        PairedResult r = PairedAnalysis.analyse(new double[] {1, Double.NaN, 3, 4, Double.NaN},
                new double[] {2, 5, Double.NaN, 6, Double.NaN});
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.nMissing()).isEqualTo(3);
        assertThat(r.meanPre()).isEqualTo(2.5);
        assertThat(r.meanChange()).isEqualTo(1.5);
    }

    @Test
    void oneOrNoPairLeavesSpreadAndTestsUndefined() {
        PairedResult one = PairedAnalysis.analyse(new double[] {3}, new double[] {5});
        assertThat(one.meanChange()).isEqualTo(2.0);
        assertThat(one.sdChange()).isNull();
        assertThat(one.tTest()).isNull();
        assertThat(one.dAv()).isNull();
        assertThat(one.wilcoxon().p()).isEqualTo(1.0);
        PairedResult none = PairedAnalysis.analyse(new double[] {Double.NaN}, new double[] {5});
        assertThat(none.n()).isZero();
        assertThat(none.meanPre()).isNull();
        assertThat(none.wilcoxon()).isNull();
        assertThat(none.interpretWithCaution()).isTrue();
    }

    @Test
    void casenessWithoutDiscordantPairsHasNoMcNemarP() {
        PairedResult r = PairedAnalysis.analyse(new double[] {8, 8, 3, 4, 9}, new double[] {9, 7, 4, 5, 8}, 7.0);
        Caseness c = r.caseness();
        assertThat(c.casesPre()).isEqualTo(3);
        assertThat(c.casesPost()).isEqualTo(3);
        assertThat(c.resolved()).isZero();
        assertThat(c.newCases()).isZero();
        assertThat(c.mcnemarP()).isNull();
        assertThat(c.mcnemarExactP()).isNull();
        assertThat(PairedAnalysis.analyse(PRE, POST).caseness()).isNull();
    }

    private static Interval mirror(Interval i) {
        return new Interval(-i.upper(), -i.lower());
    }

    private static void assertClose(Interval actual, Interval expected, double tolerance) {
        assertThat(actual.lower()).isCloseTo(expected.lower(), within(tolerance));
        assertThat(actual.upper()).isCloseTo(expected.upper(), within(tolerance));
    }

    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
