package dk.virkning.stats.instrument;

/**
 * The lowest and highest score an instrument can produce, e.g. 0-100 for WHO-5.
 *
 * @param min the lowest score
 * @param max the highest score
 */
public record ScoreRange(double min, double max) {

    public ScoreRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("score range must be finite with min ≤ max, was " + min + "-" + max);
        }
    }

    /** Whether a score lies within the range, bounds included. */
    public boolean contains(double score) {
        return score >= min && score <= max;
    }
}
