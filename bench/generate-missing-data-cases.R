#!/usr/bin/env Rscript
# Reference cases for the missing-data sensitivity (docs/methods.md 4.1): baseline observation
# carried forward (BOCF). Each line: name, pre, post, group (null for missing; group may be
# absent), and the expected values computed here with base R.
#   Rscript bench/generate-missing-data-cases.R OUT.jsonl [SEED]
args <- commandArgs(trailingOnly = TRUE)
out_file <- if (length(args) >= 1) args[1] else "bocf-cases.jsonl"
seed <- if (length(args) >= 2) as.integer(args[2]) else 20261204L
set.seed(seed)

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "null" else format(x, digits = 17)
arr <- function(x) paste0("[", paste(vapply(x, num, character(1)), collapse = ","), "]")
strs <- function(x) paste0("[", paste0("\"", x, "\"", collapse = ","), "]")

bocf <- function(pre, post) {
  keep <- !is.na(pre)
  list(pre = pre[keep], post = ifelse(is.na(post[keep]), pre[keep], post[keep]),
       imputed = sum(keep & is.na(post)), keep = keep)
}

within_expected <- function(pre, post) {
  b <- bocf(pre, post)
  e <- list(n = length(b$pre), n_imputed = b$imputed)
  if (length(b$pre) >= 2) {
    e$mean_change <- mean(b$post - b$pre)
    d <- b$post - b$pre
    if (sd(d) > 0) {
      t <- t.test(b$post, b$pre, paired = TRUE)
      e$ci <- as.numeric(t$conf.int); e$p <- t$p.value
    }
  }
  e
}

controlled_expected <- function(group, pre, post) {
  b <- bocf(pre, post)
  g <- factor(group[b$keep], levels = c("control", "intervention"))
  fit <- lm(post ~ pre + g, data = data.frame(pre = b$pre, post = b$post, g = g))
  co <- summary(fit)$coefficients["gintervention", ]
  list(n_imputed = b$imputed, ancova_diff = unname(co[1]), ancova_p = unname(co[4]),
       ancova_ci = as.numeric(confint(fit)["gintervention", ]))
}

lines <- character(0)
add <- function(name, pre, post, group = NULL) {
  e <- if (is.null(group)) within_expected(pre, post) else controlled_expected(group, pre, post)
  fields <- vapply(names(e), function(k) {
    v <- e[[k]]
    paste0("\"", k, "\":", if (length(v) > 1) arr(v) else num(v))
  }, character(1))
  lines <<- c(lines, paste0("{\"name\":\"", name, "\",\"pre\":", arr(pre), ",\"post\":", arr(post),
                            if (is.null(group)) "" else paste0(",\"group\":", strs(group)),
                            ",\"expected\":{", paste(fields, collapse = ","), "}}"))
}

for (n in c(3, 8, 15, 40, 120)) {
  for (share in c(0, 0.15, 0.4)) {
    pre <- round(rnorm(n, 50, 15))
    post <- round(pre + rnorm(n, 6, 12))
    post[sample(n, floor(share * n))] <- NA
    if (n > 8) pre[sample(n, 1)] <- NA
    add(sprintf("within_n%d_missing%02d", n, round(share * 100)), pre, post)
    group <- sample(c("intervention", "control"), n, replace = TRUE)
    group[1:2] <- c("intervention", "control")
    post_c <- ifelse(group == "intervention", post, round(pre + rnorm(n, 0, 12)))
    post_c[is.na(post)] <- NA
    if (n >= 8) add(sprintf("controlled_n%d_missing%02d", n, round(share * 100)), pre, post_c, group)
  }
}
add("within_all_dropped_out", c(5, 6, 7), c(NA, NA, NA))
add("within_one_completer", c(5, 6, 7, 4), c(9, NA, NA, NA))

writeLines(lines, out_file)
cat(length(lines), "cases written to", out_file, "\n")
