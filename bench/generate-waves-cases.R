# Reference cases for `virkning-stats waves`: the random-intercept mixed model over all waves,
# nlme::lme(score ~ wave, random = ~ 1 | participant, method = "REML") with intervals(). One JSON
# object a line: name, input_csv (participant,wave,score; waves in order, an empty score missing)
# and expected {n_participants, n_observations, waves: [{wave, change, se, ci, p, df}],
# sd_participant, sd_residual, retention}. retention (null with one later wave): the last wave's change
# minus the first later wave's, as the contrast L = (0, -1, 0, ..., 1) on fixef(fit) with variance
# L vcov(fit) L' and t on the tTable's DF; share_retained = last/first change, with Fieller's interval
# found as the roots of the quadratic (b - r a)^2 = t^2 Var(b - r a) by polyroot (null unless the first
# later wave's change is significant at 5%, when the set is bounded).
#
# Usage: Rscript bench/generate-waves-cases.R OUTPUT.jsonl [SEED]
suppressPackageStartupMessages(library(nlme))
args <- commandArgs(trailingOnly = TRUE)
out_file <- if (length(args) >= 1) args[1] else "waves.jsonl"
set.seed(if (length(args) >= 2) as.integer(args[2]) else 20261201L)
num <- function(x) if (length(x) == 1) sprintf("%.17g", x) else paste0("[", paste(sprintf("%.17g", x), collapse = ","), "]")

lines <- character()
i <- 0
for (m in c(8, 15, 30, 60, 150)) {
  for (nw in c(2, 3, 4)) {
    for (sdb in c(0.5, 3)) {
      for (missing in c(0, 0.15, 0.35)) {
        i <- i + 1
        waves <- c("baseline", "post", "followup", "followup2")[1:nw]
        d <- expand.grid(participant = sprintf("P%03d", 1:m), wave = waves, stringsAsFactors = FALSE)
        b <- rnorm(m, 0, sdb)[match(d$participant, sprintf("P%03d", 1:m))]
        effect <- c(0, -1.5, -0.8, -0.5)[match(d$wave, waves)]
        d$score <- round(10 + effect + b + rnorm(nrow(d), 0, 2), 2)
        if (missing > 0) d$score[sample(nrow(d), round(missing * nrow(d)))] <- NA
        d <- d[order(match(d$wave, waves), d$participant), ]
        used <- d[!is.na(d$score), ]
        used$wave <- factor(used$wave, levels = waves)
        fit <- tryCatch(lme(score ~ wave, random = ~ 1 | participant, data = used, method = "REML"),
                        error = function(e) NULL)
        if (is.null(fit)) next
        tt <- summary(fit)$tTable
        ci <- intervals(fit, which = "fixed")$fixed
        vc <- c(sqrt(as.numeric(getVarCov(fit))), fit$sigma)
        per <- vapply(2:nw, function(w) {
          row <- paste0("wave", waves[w])
          sprintf("{\"wave\":\"%s\",\"n\":%d,\"change\":%s,\"se\":%s,\"ci\":%s,\"p\":%s,\"df\":%s}", waves[w],
                  sum(used$wave == waves[w]), num(tt[row, "Value"]), num(tt[row, "Std.Error"]),
                  num(c(ci[row, "lower"], ci[row, "upper"])), num(tt[row, "p-value"]), num(tt[row, "DF"]))
        }, "")
        retention <- "null"
        if (nw >= 3) {
          beta <- fixef(fit)
          V <- vcov(fit)
          first <- paste0("wave", waves[2])
          last <- paste0("wave", waves[nw])
          L <- setNames(rep(0, length(beta)), names(beta))
          L[first] <- -1
          L[last] <- 1
          est <- sum(L * beta)
          se <- sqrt(as.numeric(t(L) %*% V %*% L))
          df <- tt[last, "DF"]
          crit <- qt(0.975, df)
          p <- 2 * pt(-abs(est / se), df)
          a <- beta[[first]]
          b <- beta[[last]]
          share <- "null"
          share_ci <- "null"
          if (a^2 - crit^2 * V[first, first] > 0) {
            roots <- sort(Re(polyroot(c(b^2 - crit^2 * V[last, last], -2 * a * b + 2 * crit^2 * V[first, last],
                                        a^2 - crit^2 * V[first, first]))))
            share <- num(b / a)
            share_ci <- num(roots)
          }
          retention <- sprintf("{\"from_wave\":\"%s\",\"to_wave\":\"%s\",\"difference\":%s,\"se\":%s,\"ci\":%s,\"p\":%s,\"df\":%s,\"share_retained\":%s,\"share_retained_ci\":%s}",
                               waves[2], waves[nw], num(est), num(se), num(est + c(-1, 1) * crit * se), num(p), num(df),
                               share, share_ci)
        }
        csv <- paste0("participant,wave,score\n", paste(sprintf("%s,%s,%s", d$participant, d$wave,
                      ifelse(is.na(d$score), "", d$score)), collapse = "\n"), "\n")
        expected <- sprintf("{\"n_participants\":%d,\"n_observations\":%d,\"baseline\":\"baseline\",\"waves\":[%s],\"sd_participant\":%s,\"sd_residual\":%s,\"retention\":%s}",
                            length(unique(used$participant)), nrow(used), paste(per, collapse = ","), num(vc[1]), num(vc[2]),
                            retention)
        lines <- c(lines, sprintf("{\"name\":\"waves_%03d_m%d_w%d_sd%s_miss%s\",\"input_csv\":\"%s\",\"expected\":%s}",
                                  i, m, nw, sdb, missing, gsub("\n", "\\\\n", csv), expected))
      }
    }
  }
}
writeLines(lines, out_file)
cat(length(lines), "cases written to", out_file, "\n")
