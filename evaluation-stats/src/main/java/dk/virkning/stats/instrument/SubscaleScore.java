package dk.virkning.stats.instrument;

/**
 * The score of one subscale, e.g. DJG6 emotional loneliness 0-3.
 *
 * @param id the subscale's id
 * @param value the score, or null when more of its items are missing than it allows
 *     or the answers are invalid
 * @param rawSum the item contributions of its answered items added up, or null with value
 * @param prorated whether missing items were made up for by prorating
 */
public record SubscaleScore(String id, Double value, Integer rawSum, boolean prorated) {
}
