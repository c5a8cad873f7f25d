package dk.virkning.stats.contract;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.economy.MonteCarloSummary;
import dk.virkning.stats.economy.Output;

/**
 * The Monte Carlo summary of an economy estimate as stored in {@code economy_estimate.monte_carlo}
 * (docs/methods.md §7.5): every output, {@code null} where it is undefined for the project.
 *
 * @param seed    the generator's seed
 * @param draws   the number of draws
 * @param outputs per output, its simulated distribution
 */
public record MonteCarloStatistics(@JsonProperty("seed") long seed, @JsonProperty("draws") int draws,
                                   @JsonProperty("outputs") Map<Output, SimulatedOutput> outputs) {

    public static MonteCarloStatistics of(MonteCarloSummary summary) {
        Map<Output, SimulatedOutput> outputs = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            outputs.put(output, SimulatedOutput.of(summary.of(output)));
        }
        return new MonteCarloStatistics(summary.seed(), summary.draws(), outputs);
    }

    /** The distribution of an output, or {@code null} when it is undefined. */
    public SimulatedOutput of(Output output) {
        return outputs == null ? null : outputs.get(output);
    }
}
