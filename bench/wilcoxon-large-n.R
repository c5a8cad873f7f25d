# The Wilcoxon signed-rank reference case at n = 50,000 (beyond 46,341, where n(n+1) no longer fits
# in a 32-bit int). The data are a formula, so that the Java test rebuilds them without a file:
#   pre_i  = (i * 7919) mod 101
#   post_i = pre_i + ((i * 104729) mod 43) - 21 + (1 if i mod 7 == 0)       for i = 1..50000
# Prints R's V and p of wilcox.test(post, pre, paired = TRUE) (normal approximation with continuity
# correction and tie correction; zero differences dropped) as JSON with 17 significant digits.
#
# Usage: Rscript bench/wilcoxon-large-n.R > evaluation-stats/src/test/resources/r-generated-cases/wilcoxon-n50000.json
i <- 1:50000
pre <- (i * 7919) %% 101
post <- pre + (i * 104729) %% 43 - 21 + ifelse(i %% 7 == 0, 1, 0)
w <- suppressWarnings(wilcox.test(post, pre, paired = TRUE))
cat(sprintf('{"n_pairs": %d, "n_nonzero": %d, "wilcoxon_v": %.17g, "wilcoxon_p": %.17g, "r": "%s"}\n',
            length(i), sum(post != pre), unname(w$statistic), w$p.value, R.version.string))
