package dk.virkning.stats.economy;

/**
 * One bar of the tornado: an input at its low and at its high end, everything else central.
 *
 * @param input a parameter id, or {@code effect:INSTRUMENT} for a measured effect
 * @param assumption the input is an ASSUMPTION parameter
 * @param lowInput the input's low value (an effect: estimate − 1.96·SE)
 * @param highInput the input's high value (an effect: estimate + 1.96·SE)
 * @param totalValueAtLow total value (DKK) with the input low
 * @param totalValueAtHigh total value (DKK) with the input high
 * @param ratioAtLow social return ratio with the input low, or null without a cost
 * @param ratioAtHigh social return ratio with the input high, or null without a cost
 * @param swing |totalValueAtHigh − totalValueAtLow|, the bar's length; rows are sorted by it, largest first
 */
public record SensitivityRow(String input, boolean assumption, double lowInput, double highInput,
        double totalValueAtLow, double totalValueAtHigh, Double ratioAtLow, Double ratioAtHigh, double swing) {
}
