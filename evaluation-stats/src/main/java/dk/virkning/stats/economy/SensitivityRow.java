package dk.virkning.stats.economy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One bar of the tornado: an input at its low and at its high end, everything else central. Stored
 * in {@code economy_estimate.sensitivity} under the JSON names given here (docs/methods.md §7.6).
 *
 * @param input a parameter id, or {@code effect:INSTRUMENT} for a measured effect
 * @param assumption the input is an ASSUMPTION parameter
 * @param lowInput the input's low value (an effect: estimate − 1.96·SE)
 * @param highInput the input's high value (an effect: estimate + 1.96·SE)
 * @param socialValueAtLow social value (DKK) with the input low
 * @param socialValueAtHigh social value (DKK) with the input high
 * @param ratioAtLow social return ratio with the input low, or null without a cost
 * @param ratioAtHigh social return ratio with the input high, or null without a cost
 * @param swing |socialValueAtHigh − socialValueAtLow|, the bar's length; rows are sorted by it, largest first
 */
public record SensitivityRow(@JsonProperty("input") String input, @JsonProperty("assumption") boolean assumption,
        @JsonProperty("low_input") double lowInput, @JsonProperty("high_input") double highInput,
        @JsonProperty("social_value_at_low") double socialValueAtLow,
        @JsonProperty("social_value_at_high") double socialValueAtHigh,
        @JsonProperty("ratio_at_low") Double ratioAtLow, @JsonProperty("ratio_at_high") Double ratioAtHigh,
        @JsonProperty("swing") double swing) {
}
