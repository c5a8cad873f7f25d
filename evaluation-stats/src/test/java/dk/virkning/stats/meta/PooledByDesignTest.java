package dk.virkning.stats.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PooledByDesignTest {

    private static final double[] YI = {0.31, 0.12, 0.45, 0.62, 0.80, 0.55, 0.71};
    private static final double[] VI = {0.021, 0.034, 0.050, 0.040, 0.062, 0.029, 0.083};
    private static final boolean[] CONTROLLED = {true, true, true, false, false, false, false};

    /**
     * R 4.2, metafor 3.8-1: rma(yi[1:3], vi[1:3], test = "adhoc"), rma(yi[4:7], vi[4:7], test = "adhoc")
     * and rma(yi, vi, mods = ~ design, test = "adhoc") (QM, QMdf, QMp), all REML.
     */
    @Test
    void poolsEachDesignOnItsOwnAndTestsTheDifferenceAsMetafor() {
        PooledByDesign.Result r = PooledByDesign.analyse(YI, VI, CONTROLLED, Tau2Method.REML, null);

        assertThat(r.test()).isEqualTo(MetaTest.ADHOC);
        assertThat(r.controlled().k()).isEqualTo(3);
        assertThat(r.controlled().estimate()).isCloseTo(0.281264434180139, within(1e-9));
        assertThat(r.controlled().ci().lower()).isCloseTo(-0.155534391041143, within(1e-9));
        assertThat(r.controlled().ci().upper()).isCloseTo(0.71806325940142, within(1e-9));
        assertThat(r.uncontrolled().estimate()).isCloseTo(0.637953118251623, within(1e-9));
        assertThat(r.uncontrolled().ci().lower()).isCloseTo(0.298045896155108, within(1e-9));
        assertThat(r.qm()).isCloseTo(5.85928283847477, within(1e-9));
        assertThat(r.qmDf()).isEqualTo(1);
        assertThat(r.qmDf2()).isEqualTo(5);
        assertThat(r.qmP()).isCloseTo(0.0600732567250785, within(1e-9));
        assertThat(r.headline()).isSameAs(r.controlled());
        assertThat(r.tooFewControlled()).isFalse();
    }

    @Test
    void oneControlledProjectIsNotEnoughForAHeadline() {
        boolean[] oneControlled = {true, false, false, false, false, false, false};

        PooledByDesign.Result r = PooledByDesign.analyse(YI, VI, oneControlled, Tau2Method.REML, null);

        assertThat(r.controlled().k()).isEqualTo(1);
        assertThat(r.uncontrolled().k()).isEqualTo(6);
        assertThat(r.tooFewControlled()).isTrue();
        assertThat(r.headline()).isNull();
    }

    @Test
    void onlyUncontrolledProjectsGiveNoControlledEstimateAndNoTestOfDifference() {
        boolean[] none = new boolean[YI.length];

        PooledByDesign.Result r = PooledByDesign.analyse(YI, VI, none, Tau2Method.REML, null);

        assertThat(r.controlled()).isNull();
        assertThat(r.uncontrolled().k()).isEqualTo(7);
        assertThat(r.qm()).isNull();
        assertThat(r.headline()).isNull();
    }

    @Test
    void theDefaultTestIsAdHocKnappHartungBelowTwentyProjectsAndZFromThere() {
        double[] yi = new double[20];
        double[] vi = new double[20];
        boolean[] controlled = new boolean[20];
        Arrays.fill(yi, 0.3);
        Arrays.fill(vi, 0.05);
        Arrays.fill(controlled, true);

        assertThat(PooledByDesign.defaultTest(19)).isEqualTo(MetaTest.ADHOC);
        assertThat(PooledByDesign.analyse(yi, vi, controlled, Tau2Method.REML, null).test()).isEqualTo(MetaTest.Z);
        assertThat(PooledByDesign.analyse(yi, vi, controlled, Tau2Method.REML, MetaTest.KNHA).test())
                .isEqualTo(MetaTest.KNHA);
    }
}
