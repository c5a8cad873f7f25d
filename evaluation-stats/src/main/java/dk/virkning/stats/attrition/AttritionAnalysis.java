package dk.virkning.stats.attrition;

import java.util.Arrays;

import dk.virkning.stats.describe.Sample;
import dk.virkning.stats.inference.StudentT;

/**
 * Attrition per wave: is drop-out related to the baseline score? Compares the baseline scores of
 * completers and non-completers with Welch's t-test (Welch 1947), so that unequal group sizes and
 * variances do not bias the test. A non-zero difference warns that the complete pairs may not
 * represent everyone who started.
 */
public final class AttritionAnalysis {

    private AttritionAnalysis() {
    }

    /**
     * Compares two sets of baseline scores; {@code NaN} values (no baseline) are ignored.
     *
     * @param completers     baseline scores of participants who completed the later wave
     * @param nonCompleters  baseline scores of participants who did not
     */
    public static AttritionResult compare(double[] completers, double[] nonCompleters) {
        double[] a = present(completers);
        double[] b = present(nonCompleters);
        Double meanA = Sample.mean(a);
        Double meanB = Sample.mean(b);
        return new AttritionResult(a.length, b.length, meanA, Sample.sd(a), meanB, Sample.sd(b),
                meanA == null || meanB == null ? null : meanA - meanB, StudentT.welch(a, b));
    }

    private static double[] present(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }
}
