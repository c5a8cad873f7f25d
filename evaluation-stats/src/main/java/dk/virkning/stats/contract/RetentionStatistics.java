package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * The retention of the effect from post (the first later wave) to follow-up (the last) in the
 * mixed model over all waves (docs/methods.md §1.8).
 *
 * @param fromWave       the post wave
 * @param toWave         the follow-up wave
 * @param difference     the follow-up change minus the post change
 * @param se             its standard error
 * @param ci             its 95% interval (t)
 * @param p              its two-sided p: is the change at follow-up different from the change at post?
 * @param df             the t test's degrees of freedom
 * @param shareRetained  the follow-up change as a share of the post change; null when the post change
 *                       does not differ from zero at the 5% level
 * @param shareRetainedCi Fieller's 95% interval for the share
 */
public record RetentionStatistics(@JsonProperty("from_wave") String fromWave,
                                  @JsonProperty("to_wave") String toWave,
                                  @JsonProperty("difference") Double difference,
                                  @JsonProperty("se") Double se,
                                  @JsonProperty("ci") Interval ci,
                                  @JsonProperty("p") Double p,
                                  @JsonProperty("df") Double df,
                                  @JsonProperty("share_retained") Double shareRetained,
                                  @JsonProperty("share_retained_ci") Interval shareRetainedCi) {

    static RetentionStatistics of(RandomInterceptModel.Retention r) {
        return r == null ? null
                : new RetentionStatistics(r.fromWave(), r.toWave(), finite(r.difference()), finite(r.se()),
                        finite(r.ci()), finite(r.p()), finite(r.df()), finite(r.share()), finite(r.shareCi()));
    }
}
