package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.economy.EconomyEstimate;

/**
 * The effects an economy estimate values: the well-being change (route A) and, where measured,
 * the change in loneliness caseness (route B); docs/methods.md §7.2.
 *
 * @param wellbeing the effect valued in WELLBYs
 * @param caseness  the caseness effect behind the budget figures; {@code null} when not measured
 */
public record EconomyEffects(@JsonProperty("wellbeing") EconomyEffect wellbeing,
                             @JsonProperty("caseness") EconomyEffect caseness) {

    public static EconomyEffects of(EconomyEstimate e) {
        return new EconomyEffects(EconomyEffect.of(e.wellbeingEffect()), EconomyEffect.of(e.casenessEffect()));
    }
}
