package dk.virkning.stats.economy;

/**
 * One group's pre → post change on a continuous score (a WITHIN result).
 *
 * @param n complete pairs
 * @param meanChange mean of post − pre
 * @param sdChange standard deviation of post − pre
 */
public record GroupChange(int n, double meanChange, double sdChange) {

    public GroupChange {
        if (n < 2) {
            throw new IllegalArgumentException("a change needs at least 2 complete pairs, got " + n);
        }
        if (!Double.isFinite(meanChange) || !Double.isFinite(sdChange) || sdChange < 0) {
            throw new IllegalArgumentException("mean and standard deviation of the change must be finite, sd >= 0");
        }
    }

    /** Standard error of the mean change, sd / √n. */
    public double standardError() {
        return sdChange / Math.sqrt(n);
    }
}
