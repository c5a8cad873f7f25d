package dk.virkning.stats.describe;

/**
 * A two-sided interval (confidence or prediction interval), lower bound first.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record Interval(double lower, double upper) {

    /** Returns this interval with both bounds multiplied by {@code factor} (and reordered if it is negative). */
    public Interval scaled(double factor) {
        double a = lower * factor;
        double b = upper * factor;
        return a <= b ? new Interval(a, b) : new Interval(b, a);
    }

    /** {@code centre ± halfWidth}. */
    public static Interval around(double centre, double halfWidth) {
        return new Interval(centre - halfWidth, centre + halfWidth);
    }

    /** Whether both bounds are finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
