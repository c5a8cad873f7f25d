package dk.virkning.stats.economy;

/**
 * The Monte Carlo distribution of one output: mean, median and the 2.5 % and 97.5 %
 * percentiles (R's quantile type 7). A null bound is undefined or unbounded (see
 * {@link MonteCarlo} for cost per WELLBY).
 */
public record OutputDistribution(Double mean, Double median, Double lower, Double upper) {
}
