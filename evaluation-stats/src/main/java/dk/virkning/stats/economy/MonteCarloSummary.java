package dk.virkning.stats.economy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Monte Carlo result of one estimate.
 *
 * @param seed the generator's seed
 * @param draws the number of draws
 * @param intervals per output; an output that is undefined for the project (e.g. budget effects not valued) is absent
 * @param socialValueExceedsCost the share of draws with social value &gt; cost, or null without a cost
 * @param wellbeingValueExceedsCost the share of draws with well-being value &gt; cost, or null without a cost
 */
public record MonteCarloSummary(long seed, int draws, Map<Output, OutputDistribution> intervals,
        Double socialValueExceedsCost, Double wellbeingValueExceedsCost) {

    public MonteCarloSummary {
        intervals = intervals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(intervals));
    }

    /** The interval of an output, or null when the output is undefined for the project. */
    public OutputDistribution of(Output output) {
        return intervals.get(output);
    }
}
