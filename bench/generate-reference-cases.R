# Generates reference cases for the statistics contract with R (stats, effectsize 0.8.x, metafor 3.8),
# in the format of the shared fixtures: one JSON object per line with kind, args, input_csv and expected.
# A key is absent from `expected` when R cannot compute the value (error, NA, NaN); the Java engine must
# then print null. The cases stress the edges: n = 2 and 3, constant change, all-zero change, ties, zero
# variance, n >= 50 without ties, tiny and unbalanced control groups, k = 2 meta-analyses, tau2 = 0,
# Hartung-Knapp with k = 2.
#
# Usage: Rscript bench/generate-reference-cases.R OUTPUT.jsonl [SEED]
suppressPackageStartupMessages({
  library(effectsize)
  library(metafor)
})

args <- commandArgs(trailingOnly = TRUE)
out_file <- if (length(args) >= 1) args[1] else "r-generated-cases.jsonl"
seed <- if (length(args) >= 2) as.integer(args[2]) else 20240601L
set.seed(seed)

# ---- a minimal JSON writer with full (17 significant digit) precision --------------------------
num <- function(x) {
  if (is.logical(x) && length(x) == 1) return(if (x) "true" else "false")
  if (length(x) == 1) sprintf("%.17g", x) else paste0("[", paste(sprintf("%.17g", x), collapse = ","), "]")
}
str_json <- function(s) {
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  s <- gsub("\n", "\\\\n", s)
  paste0("\"", s, "\"")
}
case_json <- function(name, kind, args, csv, expected) {
  ok <- vapply(expected, function(v) length(v) > 0 && all(is.finite(v)), logical(1))
  expected <- expected[ok]
  fields <- paste0(str_json(names(expected)), ":", vapply(expected, num, character(1)), collapse = ",")
  paste0("{\"name\":", str_json(name), ",\"kind\":", str_json(kind),
         ",\"args\":[", paste(vapply(args, str_json, character(1)), collapse = ","), "]",
         ",\"input_csv\":", str_json(csv), ",\"expected\":{", fields, "}}")
}
safe <- function(expr) tryCatch(suppressWarnings(expr), error = function(e) NULL)
fmt <- function(x) ifelse(is.na(x), "", format(x, digits = 15, trim = TRUE, scientific = FALSE))
csv_of <- function(header, cols) {
  rows <- do.call(paste, c(lapply(cols, fmt), sep = ","))
  paste0(paste(header, collapse = ","), "\n", paste0(rows, "\n", collapse = ""))
}
# J(df) with the gamma ratio, as the contract writes it (NaN at df = 1, where gamma(0) is undefined)
J <- function(df) suppressWarnings(gamma(df / 2) / (sqrt(df / 2) * gamma((df - 1) / 2)))
negligible <- function(s, m) is.na(s) || s < 1e-9 * max(1, abs(m))

# ---- paired --------------------------------------------------------------------------------------
paired_expected <- function(pre, post, cutoff = NULL) {
  ok <- complete.cases(pre, post)
  x <- pre[ok]; y <- post[ok]; ch <- y - x; n <- length(ch)
  e <- list(n = n, n_missing = sum(!ok), mean_pre = mean(x), sd_pre = sd(x), mean_post = mean(y),
            sd_post = sd(y), mean_change = mean(ch), sd_change = sd(ch))
  r <- if (n >= 3) safe(cor(x, y)) else NULL
  e$r_pre_post <- r
  if (!negligible(sd(ch), mean(ch)) && n >= 2) {
    tt <- safe(t.test(y, x, paired = TRUE))
    if (!is.null(tt)) {
      e$t <- unname(tt$statistic); e$df <- unname(tt$parameter); e$p_t <- tt$p.value
      e$ci_change <- as.numeric(tt$conf.int)
    }
    d <- safe(cohens_d(y, x, paired = TRUE))
    if (!is.null(d)) { e$d_z <- d$Cohens_d; e$d_z_ci <- c(d$CI_low, d$CI_high) }
    g <- safe(hedges_g(y, x, paired = TRUE))
    if (!is.null(g)) { e$g_z <- g$Hedges_g; e$g_z_ci <- c(g$CI_low, g$CI_high) }
    if (!is.null(r)) {
      e$d_rm <- mean(ch) / sqrt(sd(x)^2 + sd(y)^2 - 2 * r * sd(x) * sd(y)) * sqrt(2 * (1 - r))
    }
  }
  if (n >= 2) {
    e$d_av <- mean(ch) / ((sd(x) + sd(y)) / 2)
    e$g_av <- e$d_av * J(n - 1)
  }
  # metafor's SMCR (change over the baseline SD) and its exact variance (Becker 1988; docs/methods.md)
  if (n >= 3 && !is.na(sd(x)) && sd(x) > 0) {
    es <- safe(escalc("SMCR", m1i = mean(y), m2i = mean(x), sd1i = sd(x), ri = if (is.null(r)) NA else r, ni = n))
    if (!is.null(es)) e$smcr <- es$yi[1]
    if (!is.null(r) && n > 3) {
      v <- J(n - 1)^2 * (n - 1) / (n - 3) * (2 * (1 - r) / n + e$smcr^2) - e$smcr^2
      if (v > 0) e$smcr_vi <- v
    }
  }
  w <- safe(wilcox.test(y, x, paired = TRUE))
  if (!is.null(w)) { e$wilcoxon_v <- unname(w$statistic); e$wilcoxon_p <- w$p.value }
  if (!is.null(cutoff)) {
    a <- x >= cutoff; b <- y >= cutoff
    e$cases_pre <- sum(a); e$cases_post <- sum(b)
    e$cases_resolved <- sum(a & !b); e$cases_new <- sum(!a & b)
    tab <- table(factor(a, levels = c(FALSE, TRUE)), factor(b, levels = c(FALSE, TRUE)))
    e$mcnemar_p <- safe(mcnemar.test(tab)$p.value)
    disc <- e$cases_resolved + e$cases_new
    if (disc > 0) e$mcnemar_exact_p <- binom.test(e$cases_resolved, disc, 0.5)$p.value
  }
  e
}

scores <- function(scale, n, mean_shift = 0) {
  switch(scale,
    who5 = { pre <- pmin(100, pmax(0, 4 * round(rnorm(n, 13, 4)))); post <- pmin(100, pmax(0, pre + 4 * round(rnorm(n, mean_shift + 1, 3)))) },
    tils = { pre <- pmin(9, pmax(3, round(rnorm(n, 6, 1.5)))); post <- pmin(9, pmax(3, pre + round(rnorm(n, mean_shift - 0.3, 1.2)))) },
    ls   = { pre <- pmin(10, pmax(0, round(rnorm(n, 5, 2)))); post <- pmin(10, pmax(0, pre + round(rnorm(n, mean_shift - 0.5, 1.5)))) },
    raw  = { pre <- round(rnorm(n, 20, 3), 3); post <- round(pre + rnorm(n, mean_shift + 0.5, 3), 3) })
  list(pre = pre, post = post)
}
with_missing <- function(s, share) {
  n <- length(s$pre)
  if (share > 0 && n > 3) {
    s$pre[sample(n, floor(share * n / 2))] <- NA
    s$post[sample(n, floor(share * n / 2))] <- NA
  }
  s
}

lines <- character(0)
add_paired <- function(name, pre, post, cutoff = NULL) {
  args <- if (is.null(cutoff)) list("paired") else list("paired", "--cutoff", format(cutoff))
  csv <- csv_of(c("participant", "pre", "post"), list(sprintf("P%04d", seq_along(pre)), pre, post))
  lines <<- c(lines, case_json(name, "paired", args, csv, paired_expected(pre, post, cutoff)))
}

i <- 0
for (scale in c("who5", "tils", "ls", "raw")) {
  for (n in c(2, 3, 4, 5, 8, 12, 20, 35, 49, 50, 55, 80)) {
    i <- i + 1
    s <- with_missing(scores(scale, n, mean_shift = sample(c(-1, 0, 1), 1)), sample(c(0, 0, 0.2), 1))
    add_paired(sprintf("gen_paired_%03d_%s_n%d", i, scale, n), s$pre, s$post,
               if (scale == "tils") 7 else NULL)
  }
}
# edges: constant change (integer and decimal), all-zero change, zero spread in pre or post, ties,
# a large exact case, n = 1, no discordant pairs
add_paired("gen_edge_constant_change_int", c(10, 14, 20, 8, 30), c(14, 18, 24, 12, 34))
add_paired("gen_edge_constant_change_dec", c(19.562, 20.406, 17.1, 22.25), c(21.662, 22.506, 19.2, 24.35))
add_paired("gen_edge_all_zero_change", c(5, 6, 7, 8), c(5, 6, 7, 8))
add_paired("gen_edge_sd_pre_zero", c(5, 5, 5, 5, 5), c(6, 4, 7, 5, 8))
add_paired("gen_edge_sd_both_zero", c(5, 5, 5), c(7, 7, 7))
add_paired("gen_edge_n2_tie", c(4, 6), c(6, 8))
add_paired("gen_edge_n2_opposite", c(4, 6), c(6, 4))
add_paired("gen_edge_n3_with_zero", c(4, 6, 5), c(6, 6, 9))
add_paired("gen_edge_n1", c(4, NA), c(6, 5))
add_paired("gen_edge_ties_and_zeros", c(1, 2, 3, 4, 5, 6, 7, 8), c(2, 3, 3, 2, 7, 6, 9, 8))
add_paired("gen_edge_exact_n49", round(rnorm(49, 20, 3), 3), round(rnorm(49, 21, 3), 3))
add_paired("gen_edge_normal_n50", round(rnorm(50, 20, 3), 3), round(rnorm(50, 21, 3), 3))
add_paired("gen_edge_large_effect_n2", c(10, 20), c(30, 40.5))
add_paired("gen_edge_no_discordant", c(8, 8, 3, 4, 9), c(9, 7, 4, 5, 8), 7)
add_paired("gen_edge_all_cases_resolved", c(8, 8, 9, 7, 9), c(3, 4, 5, 6, 4), 7)
add_paired("gen_edge_tiny_values", c(0.001, 0.002, 0.004), c(0.002, 0.0035, 0.0041))

# ---- controlled ----------------------------------------------------------------------------------
controlled_expected <- function(group, pre, post, cutoff = NULL) {
  pre_all <- pre; post_all <- post; group_all <- group
  ok <- complete.cases(pre, post)
  group <- group[ok]; pre <- pre[ok]; post <- post[ok]
  ci <- (post - pre)[group == "intervention"]; cc <- (post - pre)[group == "control"]
  e <- list(n_intervention = length(ci), n_control = length(cc))
  if (length(ci) > 0) e$mean_change_intervention <- mean(ci)
  if (length(cc) > 0) e$mean_change_control <- mean(cc)
  if (length(ci) > 0 && length(cc) > 0) e$difference_in_change <- mean(ci) - mean(cc)
  g <- safe(hedges_g(ci, cc))
  if (!is.null(g)) { e$g_change <- g$Hedges_g; e$g_change_ci <- c(g$CI_low, g$CI_high) }
  fit <- safe(lm(post ~ pre + group, data = data.frame(pre = pre, post = post,
                 group = factor(group, levels = c("control", "intervention")))))
  if (!is.null(fit) && "groupintervention" %in% rownames(summary(fit)$coefficients)) {
    co <- summary(fit)$coefficients["groupintervention", ]
    e$ancova_diff <- unname(co[1]); e$ancova_se <- unname(co[2]); e$ancova_p <- unname(co[4])
    e$ancova_ci <- as.numeric(confint(fit)["groupintervention", ])
  }
  # missing-data sensitivity (methods.md 4.1): the same ANCOVA with the baseline carried forward for
  # those without a later score, and whether it differs materially from the complete-case one
  all_pre <- pre_all; all_post <- post_all; all_group <- group_all
  keep <- !is.na(all_pre)
  bpost <- ifelse(is.na(all_post[keep]), all_pre[keep], all_post[keep])
  e$bocf_n_imputed <- sum(keep & is.na(all_post))
  bf <- safe(lm(post ~ pre + group, data = data.frame(pre = all_pre[keep], post = bpost,
                group = factor(all_group[keep], levels = c("control", "intervention")))))
  if (!is.null(bf) && "groupintervention" %in% rownames(summary(bf)$coefficients)) {
    co <- summary(bf)$coefficients["groupintervention", ]
    e$bocf_ancova_diff <- unname(co[1]); e$bocf_ancova_p <- unname(co[4])
    bci <- safe(as.numeric(confint(bf)["groupintervention", ]))
    e$bocf_ancova_ci <- bci
    if (!is.null(e$ancova_diff)) {
      excl <- function(ci) ci[1] > 0 || ci[2] < 0
      both_ci <- !is.null(e$ancova_ci) && !is.null(bci) && all(is.finite(bci))
      e$bocf_differs <- abs(e$bocf_ancova_diff) < 0.8 * abs(e$ancova_diff) ||
        sign(e$bocf_ancova_diff) != sign(e$ancova_diff) || (both_ci && excl(e$ancova_ci) != excl(bci))
    }
  }
  # the economy's controlled caseness effect: the same ANCOVA on the 0/1 case indicators
  # (a linear probability model), lm(post_case ~ pre_case + group)
  if (!is.null(cutoff)) {
    cf <- safe(lm(post ~ pre + group, data = data.frame(pre = as.numeric(pre >= cutoff),
                  post = as.numeric(post >= cutoff), group = factor(group, levels = c("control", "intervention")))))
    if (!is.null(cf) && "groupintervention" %in% rownames(summary(cf)$coefficients)) {
      co <- summary(cf)$coefficients["groupintervention", ]
      e$caseness_ancova_diff <- unname(co[1]); e$caseness_ancova_se <- unname(co[2])
      e$caseness_ancova_p <- unname(co[4])
      e$caseness_ancova_ci <- as.numeric(confint(cf)["groupintervention", ])
    }
  }
  # Morris (2008) d_ppc2 over the pooled baseline SD, eq. 8, and its variance, eq. 25, with the
  # pooled within-arm pre-post correlation (scores centred on their arm's means)
  nt <- length(ci); nc <- length(cc); N <- nt + nc
  if (nt >= 2 && nc >= 2) {
    sp <- sqrt(((nt - 1) * var(pre[group == "intervention"]) + (nc - 1) * var(pre[group == "control"])) / (N - 2))
    cp <- 1 - 3 / (4 * (N - 2) - 1)
    if (sp > 0) {
      e$d_ppc2 <- cp * (mean(ci) - mean(cc)) / sp
      xc <- pre - ave(pre, group); yc <- post - ave(post, group)
      if (N > 4 && sum(xc^2) > 0 && sum(yc^2) > 0) {
        rho <- sum(xc * yc) / sqrt(sum(xc^2) * sum(yc^2))
        v <- cp^2 * (N - 2) / (N - 4) * (2 * (1 - rho) * N / (nt * nc) + e$d_ppc2^2) - e$d_ppc2^2
        if (v > 0) e$d_ppc2_vi <- v
      }
    }
  }
  e
}
add_controlled <- function(name, group, pre, post, cutoff = NULL) {
  csv <- csv_of(c("participant", "group", "pre", "post"),
                list(sprintf("P%04d", seq_along(pre)), group, pre, post))
  args <- if (is.null(cutoff)) list("controlled") else list("controlled", "--cutoff", format(cutoff))
  lines <<- c(lines, case_json(name, "controlled", args, csv, controlled_expected(group, pre, post, cutoff)))
}
for (scale in c("who5", "tils", "ls", "raw")) {
  for (sizes in list(c(2, 2), c(3, 2), c(5, 4), c(12, 9), c(30, 45), c(90, 70))) {
    i <- i + 1
    a <- with_missing(scores(scale, sizes[1], mean_shift = 1), sample(c(0, 0.1), 1))
    b <- scores(scale, sizes[2], mean_shift = 0)
    add_controlled(sprintf("gen_controlled_%03d_%s_%dv%d", i, scale, sizes[1], sizes[2]),
                   c(rep("intervention", sizes[1]), rep("control", sizes[2])),
                   c(a$pre, b$pre), c(a$post, b$post))
  }
}
add_controlled("gen_edge_controlled_one_per_group", c("intervention", "control", "control"), c(5, 6, 4), c(7, 6, 5))
add_controlled("gen_edge_controlled_constant_pre", rep(c("intervention", "control"), each = 4),
               rep(5, 8), c(7, 6, 8, 7, 5, 6, 4, 5))
add_controlled("gen_edge_controlled_interleaved", rep(c("control", "intervention"), 6),
               c(5, 6, 4, 7, 5, 6, 8, 3, 5, 6, 7, 4), c(5, 8, 4, 9, 6, 6, 8, 5, 4, 8, 7, 6))

# ---- meta-analysis ---------------------------------------------------------------------------------
add_meta <- function(name, yi, vi, method, test) {
  csv <- csv_of(c("study", "yi", "vi"), list(sprintf("S%02d", seq_along(yi)), yi, vi))
  e <- list()
  fit <- safe(rma(yi = yi, vi = vi, method = method, test = test))
  if (!is.null(fit)) {
    pr <- predict(fit)
    e <- list(k = fit$k, estimate = as.numeric(fit$beta), se = fit$se, ci = c(fit$ci.lb, fit$ci.ub),
              p = fit$pval, tau2 = fit$tau2, i2 = fit$I2, q = fit$QE, q_p = fit$QEp,
              pi = c(pr$pi.lb, pr$pi.ub))
  } else {
    e <- list(k = length(yi))
  }
  lines <<- c(lines, case_json(name, "meta", list("meta", "--method", method, "--test", test), csv, e))
}
for (k in c(2, 2, 3, 4, 5, 7, 10, 15, 25, 40)) {
  for (tau in c(0, 0.15, 0.4)) {
    vi <- round(runif(k, 0.01, 0.2), 6)
    yi <- round(rnorm(k, 0.3, sqrt(vi + tau^2)), 6)
    for (mt in list(c("REML", "z"), c("DL", "z"), c("REML", "knha"), c("DL", "knha"), c("REML", "adhoc"), c("DL", "adhoc"))) {
      i <- i + 1
      add_meta(sprintf("gen_meta_%03d_%s_%s_k%d", i, mt[1], mt[2], k), yi, vi, mt[1], mt[2])
    }
  }
}
for (mt in list(c("REML", "z"), c("DL", "z"), c("REML", "knha"), c("DL", "knha"), c("REML", "adhoc"), c("DL", "adhoc"))) {
  add_meta(paste0("gen_edge_meta_identical_", mt[1], "_", mt[2]), c(0.3, 0.3), c(0.04, 0.05), mt[1], mt[2])
  add_meta(paste0("gen_edge_meta_k1_", mt[1], "_", mt[2]), 0.3, 0.04, mt[1], mt[2])
  add_meta(paste0("gen_edge_meta_wide_", mt[1], "_", mt[2]), c(-1.2, 0.1, 1.5), c(0.01, 0.02, 0.015), mt[1], mt[2])
}

# ---- controlled caseness (drawn last, so that the cases above keep their draws) --------------------
for (sizes in list(c(4, 3), c(10, 12), c(30, 30), c(80, 60))) {
  i <- i + 1
  a <- with_missing(scores("tils", sizes[1], mean_shift = 1), 0.1)
  b <- scores("tils", sizes[2], mean_shift = 0)
  add_controlled(sprintf("gen_controlled_caseness_%03d_%dv%d", i, sizes[1], sizes[2]),
                 c(rep("intervention", sizes[1]), rep("control", sizes[2])), c(a$pre, b$pre), c(a$post, b$post), 7)
}
add_controlled("gen_edge_controlled_caseness_all_cases", rep(c("intervention", "control"), each = 3),
               c(8, 9, 7, 8, 9, 7), c(3, 8, 4, 9, 8, 7), 7)

writeLines(lines, out_file)
cat(length(lines), "cases written to", out_file, "\n")
