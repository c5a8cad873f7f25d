package dk.virkning.stats.contract;

import static dk.virkning.stats.contract.Finite.finite;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.missing.BaselineCarriedForward;
import dk.virkning.stats.missing.MaterialDifference;
import dk.virkning.stats.paired.PairedResult;

/**
 * The within-group change with the baseline carried forward for those not measured again
 * (docs/methods.md §4.1), beside the complete-case change of {@link PairedStatistics}.
 *
 * @param n          participants with a baseline score
 * @param nImputed   of them, those whose later score is carried forward (no change)
 * @param meanChange the mean change
 * @param ciChange   its 95 % interval (treating carried values as observed: too narrow)
 * @param p          the paired t-test's p
 * @param differs    the complete-case and this estimate differ materially ({@link MaterialDifference})
 */
public record MissingDataStatistics(@JsonProperty("bocf_n") Integer n,
                                    @JsonProperty("bocf_n_imputed") Integer nImputed,
                                    @JsonProperty("bocf_mean_change") Double meanChange,
                                    @JsonProperty("bocf_ci_change") Interval ciChange,
                                    @JsonProperty("bocf_p") Double p,
                                    @JsonProperty("bocf_differs") Boolean differs) {

    /**
     * @param bocf the BOCF analysis, or null
     * @param completeCase the complete-case analysis it is compared with
     */
    public static MissingDataStatistics of(BaselineCarriedForward.WithinResult bocf, PairedResult completeCase) {
        if (bocf == null) {
            return none();
        }
        Interval ci = bocf.test() == null ? null : bocf.test().ci();
        Double p = bocf.test() == null ? null : bocf.test().p();
        Boolean differs = null;
        if (completeCase != null && completeCase.meanChange() != null && Double.isFinite(completeCase.meanChange())) {
            differs = MaterialDifference.of(completeCase.meanChange(),
                    completeCase.tTest() == null ? null : completeCase.tTest().ci(), bocf.meanChange(), ci);
        }
        return new MissingDataStatistics(bocf.n(), bocf.nImputed(), finite(bocf.meanChange()), finite(ci), finite(p),
                differs);
    }

    static MissingDataStatistics none() {
        return new MissingDataStatistics(null, null, null, null, null, null);
    }

    /**
     * For a viewer other than the project's staff: one to four carried-forward participants are a
     * small count, and every BOCF figure would reveal it (the mean shrinks by exactly n/(n + k)), so
     * then the whole sensitivity is withheld.
     */
    MissingDataStatistics withoutSmallCounts() {
        return SmallCount.isSmall(nImputed) ? none() : this;
    }
}
