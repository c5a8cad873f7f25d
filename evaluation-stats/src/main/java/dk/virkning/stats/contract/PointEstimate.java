package dk.virkning.stats.contract;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.Outputs;

/**
 * The central figures of an economy estimate as stored in {@code economy_estimate.point_estimate}
 * (docs/methods.md §7.4): one JSON field per {@link Output}, {@code null} where undefined.
 *
 * @param outputs every output's central value
 */
public record PointEstimate(@JsonValue Map<Output, Double> outputs) {

    /**
     * Reads a stored estimate by JSON name: a retired figure ({@link Output#RETIRED}) of an
     * estimate made by an earlier model is skipped, any other unknown name is corrupt data.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PointEstimate read(LinkedHashMap<String, Double> stored) {
        return new PointEstimate(StoredOutputs.byOutput(stored));
    }

    public static PointEstimate of(Outputs point) {
        Map<Output, Double> outputs = new EnumMap<>(Output.class);
        for (Output output : Output.values()) {
            outputs.put(output, output.of(point));
        }
        return new PointEstimate(outputs);
    }

    /** An output's central value, or {@code null}. */
    public Double of(Output output) {
        return outputs == null ? null : outputs.get(output);
    }
}
