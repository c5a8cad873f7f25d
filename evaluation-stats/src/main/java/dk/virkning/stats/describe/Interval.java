package dk.virkning.stats.describe;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A two-sided interval (confidence or prediction interval), lower bound first. In JSON it is the
 * two-element array {@code [lower, upper]} of the statistics contract.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"lower", "upper"})
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

    /** The lower bound of an interval that may be undefined ({@code null}). */
    public static Double lowerOf(Interval interval) {
        return interval == null ? null : interval.lower();
    }

    /** The upper bound of an interval that may be undefined ({@code null}). */
    public static Double upperOf(Interval interval) {
        return interval == null ? null : interval.upper();
    }

    /** Whether both bounds are finite numbers. */
    @JsonIgnore
    public boolean isFinite() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }
}
