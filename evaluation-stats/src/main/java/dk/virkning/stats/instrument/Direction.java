package dk.virkning.stats.instrument;

/** Whether a higher score means a better or a worse state. */
public enum Direction {
    /** E.g. WHO-5 and life satisfaction: a rise is an improvement. */
    HIGHER_IS_BETTER,
    /** E.g. T-ILS and DJG6 loneliness: a fall is an improvement. */
    HIGHER_IS_WORSE;

    /**
     * The change from {@code before} to {@code after}, signed so that a positive
     * number is always an improvement.
     */
    public double improvement(double before, double after) {
        return improvement(after - before);
    }

    /** A change (post − pre) signed so that a positive number is an improvement. */
    public double improvement(double change) {
        return this == HIGHER_IS_BETTER ? change : -change;
    }
}
