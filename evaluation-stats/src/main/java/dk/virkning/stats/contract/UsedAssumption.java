package dk.virkning.stats.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.economy.Parameter;

/**
 * A parameter without a public source that an estimate used (docs/methods.md §7.1), as stored in
 * {@code economy_estimate.assumptions} and labelled in reports.
 *
 * @param id        the parameter's id in the valuation set
 * @param label     always {@value Parameter#ASSUMPTION}
 * @param value     its central value
 * @param unit      its unit
 * @param low       the low end of its range
 * @param high      the high end of its range
 * @param rationale why this value and range
 */
public record UsedAssumption(@JsonProperty("id") String id, @JsonProperty("label") String label,
                             @JsonProperty("value") double value, @JsonProperty("unit") String unit,
                             @JsonProperty("low") double low, @JsonProperty("high") double high,
                             @JsonProperty("rationale") String rationale) {

    public static UsedAssumption of(Parameter p) {
        return new UsedAssumption(p.id(), Parameter.ASSUMPTION, p.value(), p.unit(), p.low(), p.high(), p.rationale());
    }
}
