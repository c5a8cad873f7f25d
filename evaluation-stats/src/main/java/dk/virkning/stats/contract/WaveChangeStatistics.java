package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * The change from baseline at one later wave in the mixed model over all waves (docs/methods.md §5).
 *
 * @param wave         the wave
 * @param observations scores at this wave that the model used
 * @param change       the estimated change from baseline
 * @param se           its standard error
 * @param ci           its 95% interval (t)
 * @param p            its two-sided p
 * @param df           the t test's degrees of freedom
 */
public record WaveChangeStatistics(@JsonProperty("wave") String wave, @JsonProperty("n") Integer observations,
                                   @JsonProperty("change") Double change, @JsonProperty("se") Double se,
                                   @JsonProperty("ci") Interval ci, @JsonProperty("p") Double p,
                                   @JsonProperty("df") Double df) {

    static WaveChangeStatistics of(RandomInterceptModel.WaveChange w) {
        return new WaveChangeStatistics(w.wave(), w.observations(), finite(w.change()), finite(w.se()),
                finite(w.ci()), finite(w.p()), finite(w.df()));
    }
}
