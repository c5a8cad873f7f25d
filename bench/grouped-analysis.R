# The R side of the speed comparison: the same grouped within-group analysis that
# `java -jar virkning-stats.jar paired --input FILE --by project` does, per project, with stats and
# effectsize: descriptives, t.test(post, pre, paired = TRUE), cohens_d and hedges_g (paired, with
# noncentral-t intervals), and wilcox.test(post, pre, paired = TRUE). Prints one JSON line per
# project, as the Java command line does.
#
# Usage: Rscript bench/grouped-analysis.R FILE
suppressPackageStartupMessages({
  library(effectsize)
  library(jsonlite)
})
file <- commandArgs(trailingOnly = TRUE)[1]
d <- read.csv(file, colClasses = c("character", "character", "numeric", "numeric"))
analyse <- function(g) {
  ok <- complete.cases(g$pre, g$post)
  x <- g$pre[ok]; y <- g$post[ok]; ch <- y - x
  tt <- t.test(y, x, paired = TRUE)
  dz <- cohens_d(y, x, paired = TRUE, verbose = FALSE)
  gz <- hedges_g(y, x, paired = TRUE, verbose = FALSE)
  w <- suppressWarnings(wilcox.test(y, x, paired = TRUE))
  list(group = g$project[1], n = length(ch), n_missing = sum(!ok),
       mean_pre = mean(x), sd_pre = sd(x), mean_post = mean(y), sd_post = sd(y),
       mean_change = mean(ch), sd_change = sd(ch), r_pre_post = cor(x, y),
       t = unname(tt$statistic), df = unname(tt$parameter), p_t = tt$p.value,
       ci_change = as.numeric(tt$conf.int),
       d_z = dz$Cohens_d, d_z_ci = c(dz$CI_low, dz$CI_high),
       g_z = gz$Hedges_g, g_z_ci = c(gz$CI_low, gz$CI_high),
       wilcoxon_v = unname(w$statistic), wilcoxon_p = w$p.value)
}
groups <- split(d, factor(d$project, levels = unique(d$project)))
for (g in groups) {
  cat(toJSON(analyse(g), auto_unbox = TRUE, digits = NA), "\n", sep = "")
}
