package dk.virkning.stats.economy;

/**
 * The Monte Carlo distribution of one output: mean, median and the 2.5 % and 97.5 %
 * percentiles (R's quantile type 7), with the Monte Carlo standard error of each percentile. A null
 * bound is undefined or unbounded (see {@link MonteCarlo} for cost per WELLBY).
 *
 * @param lowerError Monte Carlo standard error of {@code lower}, from the order statistics around it
 * @param upperError Monte Carlo standard error of {@code upper}
 */
public record OutputDistribution(Double mean, Double median, Double lower, Double upper, Double lowerError,
        Double upperError) {

    /** A distribution whose bounds carry no Monte Carlo error of their own (a constant, or one derived from another). */
    public OutputDistribution(Double mean, Double median, Double lower, Double upper) {
        this(mean, median, lower, upper, null, null);
    }

    /**
     * Whether both bounds are stable to two significant figures: 1.96 Monte Carlo standard errors
     * are at most half a unit of a bound's second significant figure, so that another seed would
     * almost always print the same two figures. {@code null} when a bound or its error is unknown.
     */
    public Boolean stableToTwoFigures() {
        if (lower == null || upper == null || lowerError == null || upperError == null) {
            return null;
        }
        return stable(lower, lowerError) && stable(upper, upperError);
    }

    static boolean stable(double bound, double error) {
        if (bound == 0) {
            return error == 0;
        }
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(bound))) - 1);
        return 1.959963984540054 * error <= halfUnit;
    }
}
