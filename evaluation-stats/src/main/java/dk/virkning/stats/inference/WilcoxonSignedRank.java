package dk.virkning.stats.inference;

import java.util.Arrays;

import dk.virkning.stats.distribution.CentralDistributions;
import dk.virkning.stats.distribution.SignedRankDistribution;

/**
 * The Wilcoxon signed-rank test of paired differences against 0 (Wilcoxon 1945; Hollander &amp; Wolfe
 * 1999, §3.1), with exactly the defaults of R 4.2's {@code wilcox.test(post, pre, paired = TRUE)}:
 * <ol>
 *   <li>differences equal to 0 are dropped; n is the number left;</li>
 *   <li>the absolute differences are ranked, ties getting their average rank; V is the sum of the
 *       ranks of the positive differences;</li>
 *   <li>if n &lt; 50 and there were neither zeros nor ties, p is exact:
 *       p = min(1, 2·P(V' ≥ V)) when V &gt; n(n+1)/4, else min(1, 2·P(V' ≤ V))
 *       ({@link SignedRankDistribution});</li>
 *   <li>otherwise z = (V − n(n+1)/4 − sign(·)·½) / σ with
 *       σ² = n(n+1)(2n+1)/24 − Σ(tⱼ³ − tⱼ)/48 over the tie groups, and p = 2·min(Φ(z), 1 − Φ(z)).</li>
 * </ol>
 * Equality is exact floating-point equality, as in R, so ties and zeros are the same in both.
 */
public final class WilcoxonSignedRank {

    private static final int EXACT_BELOW = 50;

    private WilcoxonSignedRank() {
    }

    /** Tests the differences {@code x} (no NaN); {@code null} if there are none at all. */
    public static SignedRankResult test(double[] x) {
        if (x.length == 0) {
            return null;
        }
        int nonZero = 0;
        int positives = 0;
        for (double d : x) {
            if (d != 0) {
                nonZero++;
                if (d > 0) {
                    positives++;
                }
            }
        }
        boolean zeroes = nonZero < x.length;
        double[] magnitudes = new double[nonZero];
        double[] positiveMagnitudes = new double[positives];
        int i = 0;
        int j = 0;
        for (double d : x) {
            if (d != 0) {
                magnitudes[i++] = Math.abs(d);
                if (d > 0) {
                    positiveMagnitudes[j++] = d;
                }
            }
        }
        Arrays.sort(magnitudes);
        Arrays.sort(positiveMagnitudes);
        Ranking ranking = rank(magnitudes, positiveMagnitudes);
        int n = nonZero;
        double v = ranking.positiveRankSum;
        if (n < EXACT_BELOW && !ranking.ties && !zeroes) {
            SignedRankDistribution distribution = new SignedRankDistribution(n);
            double p = v > n * (n + 1) / 4.0
                    ? distribution.cdf(v - 1, false)
                    : distribution.cdf(v, true);
            return new SignedRankResult(v, Math.min(2 * p, 1.0), true, n);
        }
        // n(n+1) in int overflows from n = 46,341; in double it is exact far beyond any sample.
        double z = v - n * (n + 1.0) / 4.0;
        double sigma = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - ranking.tieCorrection / 48.0);
        z = (z - Math.signum(z) * 0.5) / sigma;
        double p = 2 * Math.min(CentralDistributions.normalCdf(z), CentralDistributions.normalCdf(-z));
        return new SignedRankResult(v, Double.isNaN(p) ? null : p, false, n);
    }

    private record Ranking(double positiveRankSum, boolean ties, double tieCorrection) {
    }

    /**
     * Walks the sorted magnitudes tie group by tie group; each group of size t at positions
     * start..start+t−1 has average rank start + (t + 1)/2, which every positive difference of that
     * magnitude receives.
     */
    private static Ranking rank(double[] sorted, double[] sortedPositives) {
        double rankSum = 0;
        boolean ties = false;
        double tieCorrection = 0;
        int p = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start + 1;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            double t = end - start;
            double averageRank = start + (t + 1) / 2;
            if (t > 1) {
                ties = true;
                tieCorrection += t * t * t - t;
            }
            while (p < sortedPositives.length && sortedPositives[p] == sorted[start]) {
                rankSum += averageRank;
                p++;
            }
            start = end;
        }
        return new Ranking(rankSum, ties, tieCorrection);
    }
}
