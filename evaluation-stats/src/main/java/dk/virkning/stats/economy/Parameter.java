package dk.virkning.stats.economy;

import dk.virkning.stats.instrument.LocalizedText;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One parameter of a valuation set.
 *
 * <p>A parameter either has a public {@link Source} or is an {@code ASSUMPTION}: then
 * {@code source} is null and {@code rationale} says how the value was chosen. Every
 * estimate that uses an assumption lists it.
 *
 * @param id stable identifier, see {@link ParameterIds}
 * @param value the central value, used for the point estimate and the sensitivity
 * @param unit what the number measures
 * @param priceYear the price year of a monetary value; null when not monetary
 * @param low the low end of the uncertainty
 * @param high the high end of the uncertainty
 * @param distribution how the Monte Carlo draws it
 * @param source the publication, or null for an {@code ASSUMPTION}
 * @param rationale why this value or range (required for an assumption)
 * @param description a short description in Danish and English
 */
public record Parameter(String id, double value, String unit, Integer priceYear, double low, double high,
        Distribution distribution, Source source, String rationale, LocalizedText description) {

    /** The label printed next to every figure that rests on a parameter without a public source. */
    public static final String ASSUMPTION = "ASSUMPTION";

    public Parameter {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException(id + ": unit is missing");
        }
        if (distribution == null) {
            throw new IllegalArgumentException(id + ": distribution is missing");
        }
        if (description == null) {
            throw new IllegalArgumentException(id + ": description is missing");
        }
        if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException(id + ": value, low and high must be finite numbers");
        }
        if (low > value || value > high) {
            throw new IllegalArgumentException(id + ": expected low <= value <= high, got " + low + ", " + value
                    + ", " + high);
        }
        if (distribution == Distribution.FIXED && (low != value || high != value)) {
            throw new IllegalArgumentException(id + ": a FIXED parameter has low = value = high");
        }
        if (distribution != Distribution.FIXED && !(low < high)) {
            throw new IllegalArgumentException(id + ": a " + distribution + " parameter needs low < high");
        }
        if (source == null && (rationale == null || rationale.isBlank())) {
            throw new IllegalArgumentException(id + ": an ASSUMPTION needs a rationale");
        }
    }

    /** True when no public source backs the value. */
    public boolean assumption() {
        return source == null;
    }

    /** True when the Monte Carlo and the sensitivity vary it. */
    public boolean uncertain() {
        return distribution != Distribution.FIXED;
    }

    /** "ASSUMPTION", or the citation with its locator. */
    public String sourceLabel() {
        return assumption() ? ASSUMPTION : source.citation() + " (" + source.locator() + ")";
    }

    /** A sampler on the given generator, or null for a FIXED parameter. */
    RealDistribution sampler(RandomGenerator random) {
        return switch (distribution) {
            case UNIFORM -> new UniformRealDistribution(random, low, high);
            case TRIANGULAR -> new TriangularDistribution(random, low, value, high);
            case FIXED -> null;
        };
    }
}
