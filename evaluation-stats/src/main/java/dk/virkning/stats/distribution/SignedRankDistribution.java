package dk.virkning.stats.distribution;

/**
 * The exact null distribution of the Wilcoxon signed-rank statistic V (the sum of the ranks of the
 * positive differences among n non-zero, untied differences).
 *
 * <p>Commons Math 3 has no signed-rank distribution (its {@code WilcoxonSignedRankTest} computes an
 * exact p-value by enumerating all 2ⁿ sign patterns, only up to n = 30, and a different two-sided
 * rule), so this class counts the subsets of {1, …, n} with each sum by the recursion R uses in
 * {@code csignrank()} (nmath/signrank.c): adding rank j to the ranks 1..j−1 gives
 * w_j(k) = w_{j−1}(k) + w_{j−1}(k − j). Under H0 every subset is equally likely, so
 * P(V = k) = w_n(k) / 2ⁿ (Wilcoxon 1945; Hollander &amp; Wolfe 1999, ch. 3). Counts below 2⁵⁰ are
 * exact in a double, which covers the n &lt; 50 for which R uses the exact distribution.
 */
public final class SignedRankDistribution {

    private final int n;
    /** counts[k] = number of subsets of {1..n} whose sum is k, for k up to n(n+1)/4. */
    private final double[] counts;

    /** The distribution for {@code n} non-zero differences; n must be at least 1. */
    public SignedRankDistribution(int n) {
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("n must be between 1 and 1000, was " + n);
        }
        this.n = n;
        int half = n * (n + 1) / 4;
        this.counts = new double[half + 1];
        counts[0] = 1.0;
        if (half >= 1) {
            counts[1] = 1.0;
        }
        for (int j = 2; j <= n; j++) {
            int end = Math.min(j * (j + 1) / 2, half);
            for (int i = end; i >= j; i--) {
                counts[i] += counts[i - j];
            }
        }
    }

    /** Number of subsets of {1..n} with sum k, using the symmetry w(k) = w(n(n+1)/2 − k). */
    private double count(int k) {
        int max = n * (n + 1) / 2;
        if (k < 0 || k > max) {
            return 0.0;
        }
        int folded = k > max / 2 ? max - k : k;
        return counts[folded];
    }

    /**
     * P(V ≤ x) ({@code lowerTail}) or P(V &gt; x), as R's {@code psignrank(x, n, lower.tail)}: x is first
     * rounded to an integer (after adding 1e-7), and the shorter tail is summed.
     */
    public double cdf(double x, boolean lowerTail) {
        double q = Math.rint(x + 1e-7);
        double max = n * (n + 1) / 2.0;
        if (q < 0.0) {
            return lowerTail ? 0.0 : 1.0;
        }
        if (q >= max) {
            return lowerTail ? 1.0 : 0.0;
        }
        double f = Math.exp(-n * Math.log(2.0));
        double p = 0.0;
        boolean lower = lowerTail;
        if (q <= n * (n + 1) / 4.0) {
            for (int i = 0; i <= q; i++) {
                p += count(i) * f;
            }
        } else {
            double upperStart = max - q;
            for (int i = 0; i < upperStart; i++) {
                p += count(i) * f;
            }
            lower = !lower;
        }
        return lower ? p : 0.5 - p + 0.5;
    }
}
