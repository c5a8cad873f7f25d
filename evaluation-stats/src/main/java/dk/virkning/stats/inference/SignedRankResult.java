package dk.virkning.stats.inference;

/**
 * A Wilcoxon signed-rank test.
 *
 * @param v     the sum of the ranks of the positive differences
 * @param p     the two-sided p-value; {@code null} when undefined (all differences zero)
 * @param exact whether p comes from the exact distribution rather than the normal approximation
 * @param n     the number of non-zero differences that were ranked
 */
public record SignedRankResult(double v, Double p, boolean exact, int n) {
}
