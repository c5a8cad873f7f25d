/**
 * The report of a grant pool for its funder: the funded projects side by side, their effects in a
 * forest plot and pooled by random-effects meta-analysis (docs/methods.md §3), with the filters a
 * funder can set.
 */
package dk.virkning.batch.report.portfolio;
