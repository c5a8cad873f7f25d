package dk.virkning.stats.effectsize;

import dk.virkning.stats.describe.Interval;

/**
 * A standardised mean difference with its small-sample corrected version, each with a confidence
 * interval. Any component is {@code null} when it is undefined.
 *
 * @param d     Cohen's d
 * @param dCi   95% confidence interval of d (noncentral t)
 * @param g     Hedges' g = d · J(df)
 * @param gCi   95% confidence interval of g (the d interval times J(df))
 */
public record StandardizedDifference(Double d, Interval dCi, Double g, Interval gCi) {

    /** Every component undefined. */
    public static final StandardizedDifference UNDEFINED = new StandardizedDifference(null, null, null, null);
}
