package dk.virkning.stats.reliability;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Cronbach's coefficient α (Cronbach 1951) of a sample's item scores:
 * α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₓ), with k items, s²ᵢ the sample variance of item i and s²ₓ that of
 * the respondents' item sums, both with denominator n − 1. On items scored 0/1 this is KR-20. Only
 * respondents who answered every item count (listwise deletion, as R's {@code psych::alpha} with
 * complete cases).
 *
 * @param alpha α; {@code null} with fewer than two items, fewer than {@link #MIN_RESPONDENTS}
 *              respondents, or no spread in the sums
 * @param n     the complete respondents used
 * @param items k
 */
public record CronbachAlpha(Double alpha, int n, int items) {

    /** Below three respondents the variances are too few to mean anything (two always give α = ±1 or 0/0). */
    public static final int MIN_RESPONDENTS = 3;

    /**
     * @param scores one row per complete respondent, one column per item, each the item's contribution
     *               to the score (reverse-scored and dichotomised as the instrument scores it)
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static CronbachAlpha of(double[][] scores) {
        int n = scores.length;
        int k = n == 0 ? 0 : scores[0].length;
        for (double[] row : scores) {
            if (row.length != k) {
                throw new IllegalArgumentException("every respondent needs the same items");
            }
        }
        if (k < 2 || n < MIN_RESPONDENTS) {
            return new CronbachAlpha(null, n, k);
        }
        double[] sums = new double[n];
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            double[] item = new double[n];
            for (int j = 0; j < n; j++) {
                item[j] = scores[j][i];
                sums[j] += scores[j][i];
            }
            itemVariances += StatUtils.variance(item);
        }
        double total = StatUtils.variance(sums);
        if (!(total > 0)) {
            return new CronbachAlpha(null, n, k);
        }
        return new CronbachAlpha((double) k / (k - 1) * (1 - itemVariances / total), n, k);
    }
}
