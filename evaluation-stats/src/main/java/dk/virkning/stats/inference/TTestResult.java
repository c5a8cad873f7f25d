package dk.virkning.stats.inference;

import dk.virkning.stats.describe.Interval;

/**
 * A t-test: the statistic, its degrees of freedom, the two-sided p-value and the 95% confidence
 * interval of the mean difference it tests.
 */
public record TTestResult(double t, double df, double p, Interval ci) {
}
