package dk.virkning.stats.contract;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.economy.OutputDistribution;

/**
 * The Monte Carlo distribution of one output as stored (docs/methods.md §7.5): mean, median and
 * the 95% interval {@code [2.5 %, 97.5 %]}, whose bounds may be {@code null} (unbounded or
 * undefined, as for cost per WELLBY when WELLBYs can be zero).
 *
 * @param mean     the mean of the draws
 * @param median   their median
 * @param interval the 2.5 % and 97.5 % percentiles
 * @param intervalMcError the Monte Carlo standard error of each bound ({@code null}: none, as for a
 *                        derived output or an estimate stored before it was recorded)
 * @param intervalStable  whether both bounds are stable to two significant figures
 *                        ({@link OutputDistribution#stableToTwoFigures})
 */
public record SimulatedOutput(@JsonProperty("mean") Double mean, @JsonProperty("median") Double median,
                              @JsonProperty("interval") List<Double> interval,
                              @JsonProperty("interval_mc_error") List<Double> intervalMcError,
                              @JsonProperty("interval_stable") Boolean intervalStable) {

    public static SimulatedOutput of(OutputDistribution d) {
        return d == null ? null : new SimulatedOutput(d.mean(), d.median(), Arrays.asList(d.lower(), d.upper()),
                d.lowerError() == null && d.upperError() == null ? null
                        : Arrays.asList(d.lowerError(), d.upperError()), d.stableToTwoFigures());
    }

    /** The lower bound, or {@code null}. */
    public Double lower() {
        return interval == null || interval.size() != 2 ? null : interval.get(0);
    }

    /** The upper bound, or {@code null}. */
    public Double upper() {
        return interval == null || interval.size() != 2 ? null : interval.get(1);
    }
}
