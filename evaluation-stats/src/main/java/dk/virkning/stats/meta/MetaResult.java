package dk.virkning.stats.meta;

import dk.virkning.stats.describe.Interval;

/**
 * A random-effects meta-analysis, as {@code metafor::rma(yi, vi, method, test)} and {@code predict()}
 * report it. Boxed and object components are {@code null} where metafor gives NA or fails (for
 * instance when the REML iteration does not converge).
 *
 * @param k        number of studies
 * @param method   τ² estimator used
 * @param test     test used
 * @param estimate pooled effect μ̂
 * @param se       standard error of μ̂
 * @param ci       95% confidence interval of μ̂
 * @param p        two-sided p-value of μ̂
 * @param tau2     between-study variance τ̂²
 * @param i2       I² in percent
 * @param q        Cochran's Q (fixed-effect weights)
 * @param qP       p-value of Q on k − 1 degrees of freedom
 * @param pi       95% prediction interval for the true effect of a new study
 */
public record MetaResult(int k, Tau2Method method, MetaTest test,
                         Double estimate, Double se, Interval ci, Double p,
                         Double tau2, Double i2, Double q, Double qP, Interval pi) {
}
