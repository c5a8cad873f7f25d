package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * The trajectory over all waves from the random-intercept mixed model (docs/methods.md §5): what
 * {@code virkning-stats waves} prints.
 *
 * @param participants  participants with at least one score
 * @param observations  scores used
 * @param baseline      the reference wave (the first in the input)
 * @param changes       per later wave, the change from baseline; empty when the model is undefined
 * @param sdParticipant the SD of the participants' random intercepts
 * @param sdResidual    the residual SD
 */
public record WavesStatistics(@JsonProperty("n_participants") Integer participants,
                              @JsonProperty("n_observations") Integer observations,
                              @JsonProperty("baseline") String baseline,
                              @JsonProperty("waves") List<WaveChangeStatistics> changes,
                              @JsonProperty("sd_participant") Double sdParticipant,
                              @JsonProperty("sd_residual") Double sdResidual) {

    public static WavesStatistics of(RandomInterceptModel.Result r) {
        return new WavesStatistics(r.participants(), r.observations(), r.baseline(),
                r.changes().stream().map(WaveChangeStatistics::of).toList(), finite(r.sdParticipant()),
                finite(r.sdResidual()));
    }
}
