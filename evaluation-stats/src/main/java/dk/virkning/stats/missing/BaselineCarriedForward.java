package dk.virkning.stats.missing;

import java.util.Arrays;

import dk.virkning.stats.controlled.Ancova;
import dk.virkning.stats.controlled.AncovaResult;
import dk.virkning.stats.inference.StudentT;
import dk.virkning.stats.inference.TTestResult;

/**
 * Baseline observation carried forward (BOCF): every participant with a baseline score and no
 * later one is given the baseline score as the later one, i.e. no change, and the analysis is
 * repeated on everyone with a baseline score.
 *
 * <p>The estimand is the change if those who were not measured again did not change: for a
 * loneliness project, whose dropouts are often those it did not reach, the conservative
 * counterpart of the complete-case estimate, which assumes they changed as completers did.
 * Its interval treats the carried values as observed and is therefore too narrow (Molenberghs &amp;
 * Kenward 2007, ch. 4); it is a sensitivity analysis, not a replacement. The within-group
 * analysis is the paired t on the imputed pairs, R's {@code t.test(post_bocf, pre, paired = TRUE)};
 * the controlled one is {@link Ancova} on them, R's {@code lm(post_bocf ~ pre + group)}.
 */
public final class BaselineCarriedForward {

    private BaselineCarriedForward() {
    }

    /**
     * The pairs after carrying the baseline forward.
     *
     * @param pre      baseline scores (NaN: missing; such a participant is left out)
     * @param post     later scores (NaN: missing, then the baseline is carried forward)
     * @param kept     index into the input of each imputed pair
     * @param nImputed how many later scores were carried forward
     */
    public record Imputed(double[] pre, double[] post, int[] kept, int nImputed) {

        public int n() {
            return pre.length;
        }
    }

    /** The within-group change on BOCF data. */
    public record WithinResult(int n, int nImputed, double meanChange, TTestResult test) {
    }

    public static Imputed impute(double[] pre, double[] post) {
        if (pre.length != post.length) {
            throw new IllegalArgumentException("pre and post differ in length: " + pre.length + " and " + post.length);
        }
        double[] keptPre = new double[pre.length];
        double[] keptPost = new double[pre.length];
        int[] kept = new int[pre.length];
        int n = 0;
        int imputed = 0;
        for (int i = 0; i < pre.length; i++) {
            if (Double.isNaN(pre[i])) {
                continue;
            }
            keptPre[n] = pre[i];
            keptPost[n] = Double.isNaN(post[i]) ? pre[i] : post[i];
            imputed += Double.isNaN(post[i]) ? 1 : 0;
            kept[n] = i;
            n++;
        }
        return new Imputed(Arrays.copyOf(keptPre, n), Arrays.copyOf(keptPost, n), Arrays.copyOf(kept, n), imputed);
    }

    /**
     * The paired change with the baseline carried forward; null with fewer than 2 baseline scores.
     * The t-test is null when the changes have no spread.
     */
    public static WithinResult within(double[] pre, double[] post) {
        Imputed imputed = impute(pre, post);
        if (imputed.n() < 2) {
            return null;
        }
        double[] change = new double[imputed.n()];
        double sum = 0;
        for (int i = 0; i < change.length; i++) {
            change[i] = imputed.post()[i] - imputed.pre()[i];
            sum += change[i];
        }
        return new WithinResult(imputed.n(), imputed.nImputed(), sum / change.length, StudentT.paired(change));
    }

    /** The ANCOVA difference with the baseline carried forward, and how many were carried; null when undefined. */
    public record ControlledResult(int nImputed, AncovaResult ancova) {
    }

    public static ControlledResult controlled(double[] pre, double[] post, boolean[] intervention) {
        Imputed imputed = impute(pre, post);
        boolean[] group = new boolean[imputed.n()];
        for (int i = 0; i < group.length; i++) {
            group[i] = intervention[imputed.kept()[i]];
        }
        AncovaResult ancova = Ancova.fit(imputed.pre(), imputed.post(), group);
        return ancova == null ? null : new ControlledResult(imputed.nImputed(), ancova);
    }
}
