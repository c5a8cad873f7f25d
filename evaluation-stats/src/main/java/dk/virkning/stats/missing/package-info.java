/**
 * Sensitivity of a result to its missing later measurements (docs/methods.md §4.1): the
 * complete-case analysis assumes that those who were not measured again changed as those who
 * were; baseline observation carried forward assumes that they did not change at all.
 */
package dk.virkning.stats.missing;
