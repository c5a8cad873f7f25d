package dk.virkning.stats.instrument;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rule that turns item answers into a score.
 *
 * <p>Each answered item contributes {@link #contribution(int)} of its scored value; the
 * contributions add up to the raw sum. The score is then {@link #scale(double, int)} of
 * the (prorated) raw sum, or, when a conversion table is given, the table's value for
 * the raw sum (as SWEMWBS converts raw 7-35 to metric scores).
 *
 * @param method how contributions combine
 * @param multiplier factor applied to the combined value, &gt; 0 (WHO-5: 4)
 * @param threshold the scored value an item must reach to count; only for
 *     {@link ScoringMethod#COUNT_AT_LEAST}, null otherwise
 * @param conversion raw sum → score; empty when the score is computed
 */
public record ScoringRule(ScoringMethod method, double multiplier, Integer threshold, Map<Integer, Double> conversion) {

    public ScoringRule {
        Objects.requireNonNull(method, "scoring method");
        if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("scoring multiplier must be a positive number, was " + multiplier);
        }
        if ((method == ScoringMethod.COUNT_AT_LEAST) != (threshold != null)) {
            throw new IllegalArgumentException("a scoring threshold is required for COUNT_AT_LEAST and not allowed for "
                    + method);
        }
        conversion = Collections.unmodifiableMap(new TreeMap<>(conversion == null ? Map.of() : conversion));
        if (!conversion.isEmpty() && method == ScoringMethod.MEAN) {
            throw new IllegalArgumentException("a conversion table maps raw sums and cannot be used with MEAN");
        }
        conversion.values().forEach(v -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("conversion table values must be finite numbers");
            }
        });
    }

    /** A plain sum with a multiplier and no conversion. */
    public static ScoringRule sum(double multiplier) {
        return new ScoringRule(ScoringMethod.SUM, multiplier, null, Map.of());
    }

    /** What an item with this scored value adds to the raw sum. */
    public int contribution(int scoredValue) {
        if (method == ScoringMethod.COUNT_AT_LEAST) {
            return scoredValue >= threshold ? 1 : 0;
        }
        return scoredValue;
    }

    /**
     * The score of a raw sum over {@code itemCount} items, by method and multiplier,
     * without the conversion table.
     */
    public double scale(double rawSum, int itemCount) {
        double combined = method == ScoringMethod.MEAN ? rawSum / itemCount : rawSum;
        return combined * multiplier;
    }

    /** Whether the total score is looked up in a conversion table. */
    public boolean converts() {
        return !conversion.isEmpty();
    }
}
