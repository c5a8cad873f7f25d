package dk.virkning.stats.contract;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param socialValueExceedsCost share of draws with social value above the cost; null without a cost (or stored before)
 * @param wellbeingValueExceedsCost share of draws with well-being value above the cost; null likewise
 */
public record MonteCarloStatistics(@JsonProperty("seed") long seed, @JsonProperty("draws") int draws,
                                   @JsonProperty("outputs") Map<Output, SimulatedOutput> outputs,
                                   @JsonProperty("probability_social_value_exceeds_cost") Double socialValueExceedsCost,
                                   @JsonProperty("probability_wellbeing_value_exceeds_cost")
                                   Double wellbeingValueExceedsCost) {

    /** Reads a stored summary; a retired figure of an earlier model ({@link Output#RETIRED}) is skipped. */
    @JsonCreator
    static MonteCarloStatistics read(@JsonProperty("seed") long seed, @JsonProperty("draws") int draws,
            @JsonProperty("outputs") LinkedHashMap<String, SimulatedOutput> outputs,
            @JsonProperty("probability_social_value_exceeds_cost") Double socialValueExceedsCost,
            @JsonProperty("probability_wellbeing_value_exceeds_cost") Double wellbeingValueExceedsCost) {
        return new MonteCarloStatistics(seed, draws, outputs == null ? null : StoredOutputs.byOutput(outputs),
                socialValueExceedsCost, wellbeingValueExceedsCost);
    }

    public static MonteCarloStatistics of(MonteCarloSummary summary) {
        Map<Output, SimulatedOutput> outputs = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            outputs.put(output, SimulatedOutput.of(summary.of(output)));
        }
        return new MonteCarloStatistics(summary.seed(), summary.draws(), outputs, summary.socialValueExceedsCost(),
                summary.wellbeingValueExceedsCost());
    }

    /** The distribution of an output, or {@code null} when it is undefined. */
    public SimulatedOutput of(Output output) {
        return outputs == null ? null : outputs.get(output);
    }
}
