package dk.virkning.stats.instrument;

import java.util.Objects;

/**
 * A named category of scores bounded by one threshold, e.g. T-ILS ≥ 7 "signs of severe
 * loneliness". The threshold itself belongs to the category.
 *
 * @param id stable identifier used in results and exports, e.g. {@code SEVERE_LONELINESS}
 * @param comparison whether scores at least or at most the threshold fall in it
 * @param threshold the bound, on the instrument's score scale
 * @param label the category's name in reports
 */
public record CutOff(String id, Comparison comparison, double threshold, LocalizedText label) {

    public CutOff {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("cut-off id is missing");
        }
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("cut-off " + id + ": threshold must be a finite number");
        }
    }

    /** Whether a score falls in this category. */
    public boolean includes(double score) {
        return comparison.holds(score, threshold);
    }
}
