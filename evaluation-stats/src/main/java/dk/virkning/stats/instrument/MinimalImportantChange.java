package dk.virkning.stats.instrument;

/**
 * The smallest change in score that counts as important for a participant (MIC), used
 * for "share improved / deteriorated by at least the MIC" in the statistics.
 *
 * @param points the change on the instrument's score scale, &gt; 0
 * @param convention true when the value is a platform convention rather than a
 *     published MIC, so reports can say so
 * @param source where the value comes from
 */
public record MinimalImportantChange(double points, boolean convention, String source) {

    public MinimalImportantChange {
        if (!(points > 0) || !Double.isFinite(points)) {
            throw new IllegalArgumentException("minimal important change must be a positive number, was " + points);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("minimal important change needs a source");
        }
    }
}
