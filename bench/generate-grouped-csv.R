# Generates the grouped benchmark file: PROJECTS projects x PARTICIPANTS participants, WHO-5-like
# percentage scores (0-100 in steps of 4) before and after, correlated within a participant, with a
# project-specific mean change and about 8% of post scores (and 2% of pre scores) missing.
#
# Usage: Rscript bench/generate-grouped-csv.R OUTPUT.csv [PROJECTS] [PARTICIPANTS] [SEED]
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "grouped-200k.csv"
projects <- if (length(args) >= 2) as.integer(args[2]) else 2000L
per_project <- if (length(args) >= 3) as.integer(args[3]) else 100L
set.seed(if (length(args) >= 4) as.integer(args[4]) else 42L)

n <- projects * per_project
project <- rep(sprintf("PRJ%04d", seq_len(projects)), each = per_project)
effect <- rep(rnorm(projects, 2, 1.5), each = per_project)      # raw-score points (0-25 scale)
raw_pre <- pmin(25, pmax(0, round(rnorm(n, 12, 4.5))))
raw_post <- pmin(25, pmax(0, round(raw_pre + effect + rnorm(n, 0, 3.5))))
pre <- 4 * raw_pre
post <- 4 * raw_post
post[runif(n) < 0.08] <- NA
pre[runif(n) < 0.02] <- NA
participant <- sprintf("%s-%03d", project, rep(seq_len(per_project), projects))
fmt <- function(x) ifelse(is.na(x), "", as.character(x))
writeLines(c("project,participant,pre,post",
             paste(project, participant, fmt(pre), fmt(post), sep = ",")), out)
cat(n, "rows written to", out, "\n")
