package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.meta.MetaResult;

/**
 * A random-effects meta-analysis under the contract's field names (docs/methods.md §3): what
 * {@code virkning-stats meta} prints.
 *
 * @param k studies pooled
 * @param estimate pooled effect
 * @param se its standard error
 * @param ci its 95% interval
 * @param p its two-sided p
 * @param tau2 between-study variance
 * @param i2 I² in percent
 * @param q Cochran's Q
 * @param qP p of Q
 * @param pi 95% prediction interval
 */
public record MetaAnalysisStatistics(
        @JsonProperty("k") Integer k,
        @JsonProperty("estimate") Double estimate,
        @JsonProperty("se") Double se,
        @JsonProperty("ci") Interval ci,
        @JsonProperty("p") Double p,
        @JsonProperty("tau2") Double tau2,
        @JsonProperty("i2") Double i2,
        @JsonProperty("q") Double q,
        @JsonProperty("q_p") Double qP,
        @JsonProperty("pi") Interval pi) {

    public static MetaAnalysisStatistics of(MetaResult r) {
        return new MetaAnalysisStatistics(r.k(), finite(r.estimate()), finite(r.se()), finite(r.ci()), finite(r.p()),
                finite(r.tau2()), finite(r.i2()), finite(r.q()), finite(r.qP()), finite(r.pi()));
    }

    /** No studies: k = 0 and every statistic undefined. */
    public static MetaAnalysisStatistics empty() {
        return new MetaAnalysisStatistics(0, null, null, null, null, null, null, null, null, null);
    }
}
