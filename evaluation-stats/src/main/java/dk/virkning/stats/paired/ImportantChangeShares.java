package dk.virkning.stats.paired;

import dk.virkning.stats.instrument.Direction;

/**
 * The share of participants whose change reaches a minimal important change (MIC) in the direction
 * of improvement, and the share who deteriorate by at least as much (e.g. WHO-5: ±10 points).
 * Shares are of the complete pairs; a change exactly equal to the MIC counts as reaching it.
 *
 * @param mic           the minimal important change, a positive number of score points
 * @param n             complete pairs
 * @param improved      pairs with improvement ≥ MIC
 * @param deteriorated  pairs with deterioration ≥ MIC
 * @param shareImproved improved / n; {@code null} when n = 0
 * @param shareDeteriorated deteriorated / n; {@code null} when n = 0
 */
public record ImportantChangeShares(double mic, int n, int improved, int deteriorated,
                                     Double shareImproved, Double shareDeteriorated) {

    /**
     * Counts over the changes (post − pre, no NaN).
     *
     * @throws IllegalArgumentException if {@code mic} is not a positive finite number
     */
    public static ImportantChangeShares of(double[] change, double mic, Direction direction) {
        if (!(mic > 0) || Double.isInfinite(mic)) {
            throw new IllegalArgumentException("the minimal important change must be positive, was " + mic);
        }
        int improved = 0;
        int deteriorated = 0;
        for (double c : change) {
            double improvement = direction.improvement(c);
            if (improvement >= mic) {
                improved++;
            } else if (-improvement >= mic) {
                deteriorated++;
            }
        }
        int n = change.length;
        return new ImportantChangeShares(mic, n, improved, deteriorated,
                n == 0 ? null : (double) improved / n, n == 0 ? null : (double) deteriorated / n);
    }
}
