package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * The trajectory over all waves from the random-intercept mixed model (docs/methods.md §1.8): what
 * {@code virkning-stats waves} prints, and every stored WAVES result.
 *
 * @param participants  participants with at least one score
 * @param observations  scores used
 * @param baseline      the reference wave (the first in the input)
 * @param changes       per later wave, the change from baseline; empty when the model is undefined
 * @param sdParticipant the SD of the participants' random intercepts
 * @param sdResidual    the residual SD
 * @param retention     post to follow-up; null with fewer than two later waves
 */
public record WavesStatistics(@JsonProperty("n_participants") Integer participants,
                              @JsonProperty("n_observations") Integer observations,
                              @JsonProperty("baseline") String baseline,
                              @JsonProperty("waves") List<WaveChangeStatistics> changes,
                              @JsonProperty("sd_participant") Double sdParticipant,
                              @JsonProperty("sd_residual") Double sdResidual,
                              @JsonProperty("retention") RetentionStatistics retention) implements CellStatistics {

    public static WavesStatistics of(RandomInterceptModel.Result r) {
        return new WavesStatistics(r.participants(), r.observations(), r.baseline(),
                r.changes().stream().map(WaveChangeStatistics::of).toList(), finite(r.sdParticipant()),
                finite(r.sdResidual()), RetentionStatistics.of(r.retention()));
    }

    /**
     * A later wave answered by one to four people shows only its name: its change rests on them.
     * The number of scores is withheld too when a wave's count (the baseline's included) could be
     * recomputed from it, and the retention when it involves a withheld wave.
     */
    @Override
    public WavesStatistics withoutSmallCounts() {
        if (changes == null) {
            return new WavesStatistics(SmallCount.hide(participants), observations, baseline, null, sdParticipant,
                    sdResidual, retention);
        }
        List<WaveChangeStatistics> shown = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        int later = 0;
        for (WaveChangeStatistics w : changes) {
            later += w.observations() == null ? 0 : w.observations();
            if (SmallCount.isSmall(w.observations())) {
                hidden.add(w.wave());
                shown.add(new WaveChangeStatistics(w.wave(), null, null, null, null, null, null));
            } else {
                shown.add(w);
            }
        }
        boolean baselineSmall = observations != null && SmallCount.isSmall(observations - later);
        Integer scores = hidden.isEmpty() && !baselineSmall ? observations : null;
        RetentionStatistics kept = retention == null || hidden.contains(retention.fromWave())
                || hidden.contains(retention.toWave()) ? null : retention;
        return new WavesStatistics(SmallCount.hide(participants), scores, baseline, List.copyOf(shown), sdParticipant,
                sdResidual, kept);
    }

    @Override
    public WavesStatistics withheld() {
        return new WavesStatistics(null, null, null, null, null, null, null);
    }
}
