package dk.virkning.stats.controlled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ControlledAnalysisTest {

    private static final boolean[] GROUP = {true, true, true, true, false, false, false, false};

    @Test
    void comparesChangeScoresAndLeavesOutIncompletePairs() {
        ControlledResult r = ControlledAnalysis.analyse(
                new double[] {5, 6, 4, 7, 5, 6, 4, Double.NaN},
                new double[] {7, 8, 6, 8, 5, 7, 3, 6}, GROUP);
        assertThat(r.nIntervention()).isEqualTo(4);
        assertThat(r.nControl()).isEqualTo(3);
        assertThat(r.nMissing()).isEqualTo(1);
        assertThat(r.meanChangeIntervention()).isCloseTo(1.75, within(1e-12));
        assertThat(r.meanChangeControl()).isCloseTo(0.0, within(1e-12));
        assertThat(r.differenceInChange()).isCloseTo(1.75, within(1e-12));
        assertThat(r.changeEffect().g()).isPositive();
        assertThat(r.ancova().difference()).isPositive();
    }

    @Test
    void ancovaWithAConstantPreScoreIsTheDifferenceInPostMeans() {
        // R: lm(post ~ pre + group) drops the aliased pre; the group coefficient is the difference in means
        double[] pre = {5, 5, 5, 5, 5, 5, 5, 5};
        double[] post = {7, 6, 8, 7, 5, 6, 4, 5};
        AncovaResult a = Ancova.fit(pre, post, GROUP);
        assertThat(a.difference()).isCloseTo(2.0, within(1e-12));
        assertThat(a.df()).isEqualTo(6.0);
        assertThat(a.se()).isCloseTo(Math.sqrt((2.0 + 2.0) / 6 * (0.25 + 0.25)), within(1e-12));
    }

    @Test
    void anExactFitHasAZeroStandardErrorAndNoPValue() {
        // intervention 6 -> 6 twice; control 7 -> 8 and 6 -> 6: post = 2 pre - 6 in both groups
        AncovaResult a = Ancova.fit(new double[] {6, 6, 7, 6}, new double[] {6, 6, 8, 6},
                new boolean[] {true, true, false, false});

        assertThat(a.difference()).isZero();
        assertThat(a.se()).isZero();
        assertThat(a.p()).isNull();
        assertThat(a.ci().lower()).isZero();
        assertThat(a.ci().upper()).isZero();
        assertThat(a.df()).isEqualTo(1.0);
    }

    @Test
    void anExactFitWithADifferenceIsCertain() {
        // post = pre + 2 in the intervention group, post = pre in control
        AncovaResult a = Ancova.fit(new double[] {5, 7, 4, 6}, new double[] {7, 9, 4, 6},
                new boolean[] {true, true, false, false});

        assertThat(a.difference()).isCloseTo(2.0, within(1e-12));
        assertThat(a.se()).isZero();
        assertThat(a.p()).isZero();
        assertThat(a.ci().lower()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void ancovaIsUndefinedWhenPreIsConstantWithinEachGroup() {
        double[] pre = {6, 6, 6, 6, 4, 4, 4, 4};
        double[] post = {7, 6, 8, 7, 5, 6, 4, 5};
        assertThat(Ancova.fit(pre, post, GROUP)).isNull();
    }

    @Test
    void ancovaAndEffectSizeAreUndefinedWithAnEmptyGroup() {
        boolean[] allIntervention = {true, true, true, true};
        ControlledResult r = ControlledAnalysis.analyse(new double[] {1, 2, 3, 5}, new double[] {2, 2, 5, 6},
                allIntervention);
        assertThat(r.nControl()).isZero();
        assertThat(r.meanChangeControl()).isNull();
        assertThat(r.differenceInChange()).isNull();
        assertThat(r.changeEffect().g()).isNull();
        assertThat(r.ancova()).isNull();
    }
}
