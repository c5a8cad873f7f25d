# Reference cases for Cronbach's alpha and the directional reliable change index
# (docs/methods.md §1.9), in base R only.
#
# alpha: alpha = k/(k-1) * (1 - sum of item variances / variance of the sums), sample variances
#   (denominator n - 1), complete respondents only; checked here against the same number from the
#   covariance matrix, k/(k-1) * (1 - tr(C)/sum(C)).
# rci (Jacobson & Truax 1991): s_diff = sqrt(2) * sd(pre) * sqrt(1 - r), threshold = 1.96 * s_diff;
#   improved when the change in the instrument's direction exceeds the threshold, deteriorated when
#   it falls short of minus the threshold, unchanged otherwise.
#
# One JSON object a line: {kind: "alpha", name, items: [[...], ...], alpha, n, k} or
# {kind: "rci", name, pre, post, reliability, higher_is_better, s_diff, threshold, improved,
#  unchanged, deteriorated}.
#
# Usage: Rscript bench/generate-reliability-cases.R OUTPUT.jsonl [SEED]
args <- commandArgs(trailingOnly = TRUE)
out_file <- if (length(args) >= 1) args[1] else "reliability.jsonl"
set.seed(if (length(args) >= 2) as.integer(args[2]) else 20261103L)
num <- function(x) if (length(x) == 1) sprintf("%.17g", x) else paste0("[", paste(sprintf("%.17g", x), collapse = ","), "]")
matrix_json <- function(m) paste0("[", paste(apply(m, 1, function(r) paste0("[", paste(r, collapse = ","), "]")), collapse = ","), "]")

alpha_of <- function(x) {
  k <- ncol(x)
  a <- k / (k - 1) * (1 - sum(apply(x, 2, var)) / var(rowSums(x)))
  c <- cov(x)
  b <- k / (k - 1) * (1 - sum(diag(c)) / sum(c))
  stopifnot(abs(a - b) < 1e-12)
  a
}

# Items driven by one latent trait, cut into the instrument's answer steps.
items <- function(n, k, lo, hi, loading) {
  trait <- rnorm(n)
  sapply(1:k, function(i) {
    raw <- loading * trait + rnorm(n, 0, 1)
    pmin(hi, pmax(lo, round((lo + hi) / 2 + raw * (hi - lo) / 4)))
  })
}

lines <- character()
shapes <- list(who5 = c(5, 0, 5), tils = c(3, 1, 3), djg6 = c(6, 0, 1), pair = c(2, 0, 10))
for (shape in names(shapes)) {
  s <- shapes[[shape]]
  for (n in c(3, 5, 12, 40, 150)) {
    for (loading in c(0.3, 1, 2.5)) {
      x <- items(n, s[1], s[2], s[3], loading)
      if (var(rowSums(x)) == 0) next
      lines <- c(lines, sprintf('{"kind":"alpha","name":"alpha_%s_n%d_l%s","items":%s,"alpha":%s,"n":%d,"k":%d}',
        shape, n, loading, matrix_json(x), num(alpha_of(x)), n, s[1]))
    }
  }
}

rci <- function(name, pre, post, r, higher_is_better) {
  s_diff <- sqrt(2) * sd(pre) * sqrt(1 - r)
  threshold <- 1.96 * s_diff
  change <- (post - pre) * (if (higher_is_better) 1 else -1)
  improved <- sum(change > threshold)
  deteriorated <- sum(-change > threshold)
  sprintf('{"kind":"rci","name":"%s","pre":%s,"post":%s,"reliability":%s,"higher_is_better":%s,"s_diff":%s,"threshold":%s,"improved":%d,"unchanged":%d,"deteriorated":%d}',
    name, num(pre), num(post), num(r), tolower(higher_is_better), num(s_diff), num(threshold),
    improved, length(pre) - improved - deteriorated, deteriorated)
}
for (n in c(6, 20, 80)) {
  pre <- 4 * sample(0:25, n, replace = TRUE)
  post <- pmin(100, pmax(0, pre + 4 * round(rnorm(n, 2, 4))))
  lines <- c(lines, rci(sprintf("rci_who5_n%d", n), pre, post, 0.85, TRUE))
  pre <- sample(3:9, n, replace = TRUE)
  post <- pmin(9, pmax(3, pre + sample(-3:2, n, replace = TRUE)))
  lines <- c(lines, rci(sprintf("rci_tils_n%d", n), pre, post, 0.72, FALSE))
  pre <- sample(0:10, n, replace = TRUE)
  post <- pmin(10, pmax(0, pre + sample(-2:4, n, replace = TRUE)))
  lines <- c(lines, rci(sprintf("rci_lifesat_n%d", n), pre, post, 0.70, TRUE))
}
writeLines(lines, out_file)
cat(length(lines), "cases written to", out_file, "\n")
