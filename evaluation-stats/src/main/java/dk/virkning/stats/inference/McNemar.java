package dk.virkning.stats.inference;

import dk.virkning.stats.distribution.CentralDistributions;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's test of a change in a binary state (McNemar 1947) from the two discordant counts of a
 * 2×2 before/after table: b (yes → no) and c (no → yes).
 */
public final class McNemar {

    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private McNemar() {
    }

    /**
     * The continuity-corrected chi-square test, as R's {@code mcnemar.test(table, correct = TRUE)}:
     * X² = (|b − c| − 1)² / (b + c), except that R applies the −1 only when b ≠ c (X² = 0 then), and
     * p = P(χ²₁ ≥ X²). {@code null} when b + c = 0.
     */
    public static Double correctedP(int b, int c) {
        if (b + c == 0) {
            return null;
        }
        double statistic = b == c ? 0.0 : square(Math.abs(b - c) - 1.0) / (b + c);
        return CentralDistributions.chiSquaredUpper(statistic, 1);
    }

    /**
     * The exact test: b successes in b + c Bernoulli(½) trials, two-sided as R's
     * {@code binom.test(b, b + c, 0.5)} defines it, i.e. the probability of every outcome no more
     * likely than b (with R's relative tolerance 1 + 1e-7). {@code null} when b + c = 0.
     */
    public static Double exactP(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return null;
        }
        return binomialTwoSidedP(b, n, 0.5);
    }

    /** R's two-sided {@code binom.test} p-value for x successes in n trials with probability p. */
    static double binomialTwoSidedP(int x, int n, double p) {
        BinomialDistribution binomial = new BinomialDistribution(null, n, p);
        double d = binomial.probability(x);
        double m = n * p;
        if (x == m) {
            return 1.0;
        }
        if (x < m) {
            int y = 0;
            for (int i = (int) Math.ceil(m); i <= n; i++) {
                if (binomial.probability(i) <= d * RELATIVE_ERROR) {
                    y++;
                }
            }
            return Math.min(1.0, binomial.cumulativeProbability(x) + upperTail(binomial, n - y));
        }
        int y = 0;
        for (int i = 0; i <= (int) Math.floor(m); i++) {
            if (binomial.probability(i) <= d * RELATIVE_ERROR) {
                y++;
            }
        }
        return Math.min(1.0, binomial.cumulativeProbability(y - 1) + upperTail(binomial, x - 1));
    }

    /** P(X &gt; k). */
    private static double upperTail(BinomialDistribution binomial, int k) {
        return 1.0 - binomial.cumulativeProbability(k);
    }

    private static double square(double v) {
        return v * v;
    }
}
