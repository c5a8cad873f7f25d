package dk.virkning.stats.attrition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AttritionAnalysisTest {

    @Test
    void comparesBaselineScoresWithWelchsTTestAsR() {
        // R: t.test(c(12, 15, 11, 19, 14, 13), c(10, 9, 14, 8, 11))
        AttritionResult r = AttritionAnalysis.compare(new double[] {12, 15, 11, 19, 14, 13, Double.NaN},
                new double[] {10, 9, 14, 8, 11});
        assertThat(r.nCompleters()).isEqualTo(6);
        assertThat(r.nNonCompleters()).isEqualTo(5);
        assertThat(r.meanCompleters()).isCloseTo(14.0, within(1e-12));
        assertThat(r.meanNonCompleters()).isCloseTo(10.4, within(1e-12));
        assertThat(r.difference()).isCloseTo(3.6, within(1e-12));
        assertThat(r.sdNonCompleters()).isCloseTo(Math.sqrt(5.3), within(1e-12));
        assertThat(r.welch().t()).isCloseTo(2.327024233378287, within(1e-12));
        assertThat(r.welch().df()).isCloseTo(8.999912711021102, within(1e-12));
        assertThat(r.welch().p()).isCloseTo(0.044965959453271344, within(1e-12));
    }

    @Test
    void hasNoTestWhenOneSideIsTooSmall() {
        AttritionResult r = AttritionAnalysis.compare(new double[] {12, 15}, new double[] {10});
        assertThat(r.sdNonCompleters()).isNull();
        assertThat(r.welch()).isNull();
        assertThat(r.difference()).isCloseTo(3.5, within(1e-12));
        AttritionResult nobodyLeft = AttritionAnalysis.compare(new double[] {12, 15}, new double[0]);
        assertThat(nobodyLeft.meanNonCompleters()).isNull();
        assertThat(nobodyLeft.difference()).isNull();
    }
}
