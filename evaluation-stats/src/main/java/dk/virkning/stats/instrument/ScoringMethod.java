package dk.virkning.stats.instrument;

/**
 * How item contributions are combined into a score. Each answered item contributes its
 * scored value (after reversing), except under {@link #COUNT_AT_LEAST}.
 */
public enum ScoringMethod {
    /** Score = sum of scored values × multiplier (WHO-5: raw 0-25 × 4; T-ILS: × 1). */
    SUM,
    /** Score = mean of scored values × multiplier. */
    MEAN,
    /**
     * Score = number of items whose scored value is at least the rule's threshold ×
     * multiplier. DJG6 (De Jong Gierveld &amp; Van Tilburg 2006): with Ja = 3,
     * Mere eller mindre = 2, Nej = 1 and the social items reversed, "≥ 2" counts an
     * emotional item answered Ja or Mere eller mindre and a social item answered Nej or
     * Mere eller mindre.
     */
    COUNT_AT_LEAST
}
