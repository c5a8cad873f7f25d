package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.economy.Counterfactual;
import dk.virkning.stats.economy.EffectEstimate;
import dk.virkning.stats.economy.EffectKind;

/**
 * A measured effect that an economy estimate values (docs/methods.md §7.3), as stored in
 * {@code economy_estimate.effects}.
 *
 * @param instrument     the instrument the effect is measured on
 * @param kind           a mean change, or the net share leaving caseness
 * @param estimate       the effect, net of the counterfactual
 * @param se             its standard error
 * @param counterfactual control group or deadweight
 * @param nIntervention  participants behind the intervention's change
 * @param nControl       participants behind the control group's change; {@code null} without one
 * @param ancova         the estimate is the ANCOVA difference adjusted for baseline; {@code null} when stored before
 */
public record EconomyEffect(
        @JsonProperty("instrument") String instrument,
        @JsonProperty("kind") EffectKind kind,
        @JsonProperty("estimate") Double estimate,
        @JsonProperty("se") Double se,
        @JsonProperty("counterfactual") Counterfactual counterfactual,
        @JsonProperty("n_intervention") Integer nIntervention,
        @JsonProperty("n_control") Integer nControl,
        @JsonProperty("ancova") Boolean ancova) {

    public static EconomyEffect of(EffectEstimate e) {
        return e == null ? null : new EconomyEffect(e.instrument(), e.kind(), e.estimate(), e.standardError(),
                e.counterfactual(), e.nIntervention(), e.nControl(), e.ancova());
    }
}
