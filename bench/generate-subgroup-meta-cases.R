# Reference cases for the subgroup meta-analysis of `virkning-stats meta` with a group column:
# every study pooled (rma), each group pooled on its own (rma on the group's studies) and the test of
# the group difference (QM, QMdf, QMp of rma(yi, vi, mods = ~ factor(group))). One JSON object a line:
# name, args, input_csv and expected {overall, groups: [{group, ...}], qm, qm_df, qm_p}; a value R
# cannot compute is absent.
#
# Usage: Rscript bench/generate-subgroup-meta-cases.R OUTPUT.jsonl [SEED]
suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
out_file <- if (length(args) >= 1) args[1] else "subgroup-meta.jsonl"
set.seed(if (length(args) >= 2) as.integer(args[2]) else 20261201L)

num <- function(x) if (length(x) == 1) sprintf("%.17g", x) else paste0("[", paste(sprintf("%.17g", x), collapse = ","), "]")
obj <- function(fields) {
  keep <- Filter(function(v) !is.null(v) && all(is.finite(v)), fields)
  paste0("{", paste(sprintf("\"%s\":%s", names(keep), vapply(keep, num, "")), collapse = ","), "}")
}
safe <- function(expr) tryCatch(suppressWarnings(expr), error = function(e) NULL)
meta_fields <- function(fit) {
  if (is.null(fit)) return(list())
  pr <- predict(fit)
  list(k = fit$k, estimate = as.numeric(fit$beta), se = fit$se, ci = c(fit$ci.lb, fit$ci.ub), p = fit$pval,
       tau2 = fit$tau2, i2 = fit$I2, q = fit$QE, q_p = fit$QEp, pi = c(pr$pi.lb, pr$pi.ub))
}

lines <- character()
i <- 0
for (k in c(4, 5, 6, 8, 10, 15, 20)) {
  for (g in c(2, 3)) {
    if (k <= g) next
    for (tau in c(0, 0.15, 0.4)) {
      vi <- round(runif(k, 0.01, 0.2), 6)
      group <- c(letters[1:g], sample(letters[1:g], k - g, replace = TRUE))
      shift <- c(a = 0, b = 0.25, c = -0.2)[group]
      yi <- round(rnorm(k, 0.3 + shift, sqrt(vi + tau^2)), 6)
      for (mt in list(c("REML", "z"), c("DL", "z"), c("REML", "knha"), c("REML", "adhoc"), c("DL", "adhoc"))) {
        i <- i + 1
        overall <- safe(rma(yi = yi, vi = vi, method = mt[1], test = mt[2]))
        mods <- safe(rma(yi = yi, vi = vi, mods = ~ factor(group), method = mt[1], test = mt[2]))
        groups <- vapply(unique(group), function(name) {
          fit <- safe(rma(yi = yi[group == name], vi = vi[group == name], method = mt[1], test = mt[2]))
          paste0("{\"group\":\"", name, "\",", substring(obj(meta_fields(fit)), 2))
        }, "")
        tail <- if (is.null(mods)) list() else list(qm = mods$QM, qm_p = mods$QMp)
        qmdf <- if (is.null(mods)) "null" else paste0("[", mods$QMdf[1], ",", if (is.na(mods$QMdf[2])) "null" else mods$QMdf[2], "]")
        expected <- paste0("{\"overall\":", obj(meta_fields(overall)), ",\"groups\":[", paste(groups, collapse = ","),
                           "],\"qm_df\":", qmdf, ",", substring(obj(tail), 2))
        csv <- paste0("study,yi,vi,group\n", paste(sprintf("S%02d,%s,%s,%s", seq_len(k), yi, vi, group), collapse = "\n"), "\n")
        csv <- gsub("\n", "\\\\n", csv)
        lines <- c(lines, sprintf("{\"name\":\"subgroup_%03d_%s_%s_k%d_g%d\",\"args\":[\"meta\",\"--method\",\"%s\",\"--test\",\"%s\"],\"input_csv\":\"%s\",\"expected\":%s}",
                                  i, mt[1], mt[2], k, g, mt[1], mt[2], csv, expected))
      }
    }
  }
}
writeLines(lines, out_file)
cat(length(lines), "cases written to", out_file, "\n")
