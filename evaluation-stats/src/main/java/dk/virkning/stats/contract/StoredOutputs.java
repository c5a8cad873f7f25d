package dk.virkning.stats.contract;

import java.util.EnumMap;
import java.util.Map;

import dk.virkning.stats.economy.Output;

/** Stored per-output figures by JSON name, read back keyed by {@link Output}. */
final class StoredOutputs {

    private StoredOutputs() {
    }

    /**
     * @throws IllegalArgumentException for a name that is neither an output nor a retired one
     */
    static <T> Map<Output, T> byOutput(Map<String, T> stored) {
        Map<Output, T> outputs = new EnumMap<>(Output.class);
        for (Map.Entry<String, T> entry : stored.entrySet()) {
            Output output = Output.ofJsonName(entry.getKey()).orElse(null);
            if (output != null) {
                outputs.put(output, entry.getValue());
            } else if (!Output.RETIRED.contains(entry.getKey())) {
                throw new IllegalArgumentException("unknown economy output \"" + entry.getKey() + "\"");
            }
        }
        return outputs;
    }
}
