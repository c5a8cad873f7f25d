package dk.virkning.stats.instrument;

import java.util.Objects;

/**
 * The instrument's reliability r_xx as a published source gives it, used for the reliable change
 * index (docs/methods.md §1.9). It is never estimated from a project's own sample: with a few dozen
 * participants that estimate is too unstable to decide who changed reliably; the sample's α is
 * reported beside it instead.
 *
 * @param value      r_xx, at least 0 and below 1
 * @param kind       internal consistency or test-retest
 * @param assumption true when the value could not be checked against the source's text, so reports
 *                   label it ASSUMPTION
 * @param source     the citation
 * @param locator    where in the source the value is (table, page, section); null when unknown
 */
public record Reliability(double value, ReliabilityKind kind, boolean assumption, String source, String locator) {

    public Reliability {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("reliability must be at least 0 and below 1, was " + value);
        }
        Objects.requireNonNull(kind, "reliability kind");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("reliability needs a source");
        }
        if (locator != null && locator.isBlank()) {
            locator = null;
        }
    }
}
