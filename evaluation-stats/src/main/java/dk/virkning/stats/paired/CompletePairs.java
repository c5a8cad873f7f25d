package dk.virkning.stats.paired;

import java.util.Arrays;

/**
 * The pre/post pairs in which both scores are present, and how many were left out. A missing score
 * is {@code NaN} in the input arrays.
 *
 * @param pre      pre scores of the complete pairs
 * @param post     post scores of the complete pairs, in the same order
 * @param change   post − pre
 * @param nMissing pairs left out because pre or post (or both) was missing
 */
public record CompletePairs(double[] pre, double[] post, double[] change, int nMissing) {

    /**
     * Keeps the pairs where neither value is NaN.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold an infinite value
     */
    public static CompletePairs of(double[] pre, double[] post) {
        if (pre.length != post.length) {
            throw new IllegalArgumentException("pre and post differ in length: " + pre.length + " and " + post.length);
        }
        double[] keptPre = new double[pre.length];
        double[] keptPost = new double[pre.length];
        double[] change = new double[pre.length];
        int n = 0;
        for (int i = 0; i < pre.length; i++) {
            if (Double.isInfinite(pre[i]) || Double.isInfinite(post[i])) {
                throw new IllegalArgumentException("infinite score in pair " + (i + 1));
            }
            if (Double.isNaN(pre[i]) || Double.isNaN(post[i])) {
                continue;
            }
            keptPre[n] = pre[i];
            keptPost[n] = post[i];
            change[n] = post[i] - pre[i];
            n++;
        }
        return new CompletePairs(Arrays.copyOf(keptPre, n), Arrays.copyOf(keptPost, n),
                Arrays.copyOf(change, n), pre.length - n);
    }

    /** Number of complete pairs. */
    public int n() {
        return change.length;
    }
}
