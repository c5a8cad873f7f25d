# Simulation behind the choice of the within-group effect size that the portfolio pools
# (docs/methods.md, "Which within-group effect is pooled"). Two questions:
#  1. Heterogeneity from r alone: projects with the same true change (in baseline SDs) but different
#     pre-post correlations. Pooled as g_z (escalc "SMCC") they look heterogeneous; as the
#     standardised mean change with raw-score standardisation ("SMCR") they should not.
#  2. Is the sampling variance too small for small projects? For SMCR, compare the mean of each
#     candidate variance with the empirical variance of the estimate, and the coverage of y +/- 1.96 sqrt(v).
#
# Usage: Rscript bench/within-group-metric-simulation.R [REPLICATIONS] [SEED]
suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) >= 1) as.integer(args[1]) else 10000L
set.seed(if (length(args) >= 2) as.integer(args[2]) else 20261202L)

pairs <- function(n, rho, delta) {
  pre <- rnorm(n)
  post <- delta + rho * pre + sqrt(1 - rho^2) * rnorm(n)
  c(m1 = mean(post), m2 = mean(pre), sd1 = sd(pre), sd2 = sd(post), r = cor(pre, post), n = n)
}
J <- function(m) exp(lgamma(m / 2) - log(sqrt(m / 2)) - lgamma((m - 1) / 2))
# exact variance of the bias-corrected SMCR under bivariate normality with equal variances
# (Becker 1988, eq. 9; Morris 2000), with r and the estimate plugged in
v_exact <- function(y, r, n) J(n - 1)^2 * (2 * (1 - r) / n) * ((n - 1) / (n - 3)) * (1 + n * y^2 / (2 * (1 - r))) - y^2

cat("## 1. Heterogeneity from the pre-post correlation alone\n")
cat("k = 8 projects of n = 30, true change 0.4 baseline SDs in every project, rho spread over 0.2-0.9;",
    min(reps, 2000), "replications, REML\n")
cat("metric (variance) | mean tau2 | mean I2 (%) | share Q p < 0.05\n")
for (metric in c("SMCC", "SMCR", "SMCR exact")) {
  res <- t(replicate(min(reps, 2000), {
    s <- t(sapply(seq(0.2, 0.9, length.out = 8), function(rho) pairs(30, rho, 0.4)))
    es <- escalc(sub(" exact", "", metric), m1i = s[, "m1"], m2i = s[, "m2"], sd1i = s[, "sd1"], sd2i = s[, "sd2"],
                 ri = s[, "r"], ni = s[, "n"])
    if (metric == "SMCR exact") es$vi <- v_exact(es$yi, s[, "r"], s[, "n"])
    fit <- tryCatch(rma(yi, vi, data = es, method = "REML", control = list(stepadj = 0.5, maxiter = 1000)),
                    error = function(e) NULL)
    if (is.null(fit)) c(NA, NA, NA) else c(fit$tau2, fit$I2, fit$QEp < 0.05)
  }))
  cat(sprintf("%s | %.4f | %.1f | %.3f (REML failed in %d)\n", metric, mean(res[, 1], na.rm = TRUE),
              mean(res[, 2], na.rm = TRUE), mean(res[, 3], na.rm = TRUE), sum(is.na(res[, 1]))))
}

cat("\n## 2. Sampling variance of SMCR against its empirical variance\n")
cat(reps, "replications per row; ratio = mean(v) / var(y); coverage of y +/- 1.96 sqrt(v)\n")
cat("n | rho | delta | var(y) | LS ratio | LS cover | LS2 ratio | LS2 cover | exact ratio | exact cover\n")
for (n in c(5, 8, 12, 20, 40, 80)) for (rho in c(0.3, 0.6, 0.85)) for (delta in c(0, 0.5, 1)) {
  s <- t(replicate(reps, pairs(n, rho, delta)))
  y <- J(n - 1) * (s[, "m1"] - s[, "m2"]) / s[, "sd1"]
  d <- (s[, "m1"] - s[, "m2"]) / s[, "sd1"]
  r <- s[, "r"]
  v <- list(LS = 2 * (1 - r) / n + y^2 / (2 * n),
            LS2 = J(n - 1)^2 * (2 * (1 - r) / n + d^2 / (2 * n)),
            exact = v_exact(y, r, n))
  cells <- unlist(lapply(v, function(vi) c(mean(vi) / var(y), mean(abs(y - delta) <= 1.96 * sqrt(pmax(vi, 0))))))
  cat(sprintf("%d | %.2f | %.1f | %.4f | %s\n", n, rho, delta, var(y),
              paste(sprintf("%.3f", cells), collapse = " | ")))
}
