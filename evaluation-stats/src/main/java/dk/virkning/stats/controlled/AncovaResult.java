package dk.virkning.stats.controlled;

import dk.virkning.stats.describe.Interval;

/**
 * The adjusted group difference of an ANCOVA: the intervention coefficient of post ~ pre + group.
 *
 * @param difference adjusted mean difference, intervention − control
 * @param se         its standard error; {@code null} with no residual degrees of freedom
 * @param ci         95% confidence interval (t with the residual degrees of freedom), or {@code null}
 * @param p          two-sided p-value, or {@code null}
 * @param df         residual degrees of freedom
 */
public record AncovaResult(double difference, Double se, Interval ci, Double p, double df) {
}
