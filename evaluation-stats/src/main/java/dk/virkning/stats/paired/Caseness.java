package dk.virkning.stats.paired;

import dk.virkning.stats.inference.McNemar;

/**
 * Transitions across a case cut-off (e.g. T-ILS ≥ 7 = lonely) between pre and post, with McNemar's
 * tests of whether the share of cases changed. A score is a case when it is at or above the cut-off.
 *
 * @param cutoff        the cut-off used
 * @param casesPre      cases before
 * @param casesPost     cases after
 * @param resolved      cases before that are not cases after (b)
 * @param newCases      non-cases before that are cases after (c)
 * @param mcnemarP      continuity-corrected McNemar p; {@code null} without discordant pairs
 * @param mcnemarExactP exact binomial McNemar p; {@code null} without discordant pairs
 */
public record Caseness(double cutoff, int casesPre, int casesPost, int resolved, int newCases,
                       Double mcnemarP, Double mcnemarExactP) {

    /** Counts the transitions over complete pairs (no NaN) and tests them. */
    public static Caseness of(double[] pre, double[] post, double cutoff) {
        int casesPre = 0;
        int casesPost = 0;
        int resolved = 0;
        int newCases = 0;
        for (int i = 0; i < pre.length; i++) {
            boolean before = pre[i] >= cutoff;
            boolean after = post[i] >= cutoff;
            casesPre += before ? 1 : 0;
            casesPost += after ? 1 : 0;
            resolved += before && !after ? 1 : 0;
            newCases += !before && after ? 1 : 0;
        }
        return new Caseness(cutoff, casesPre, casesPost, resolved, newCases,
                McNemar.correctedP(resolved, newCases), McNemar.exactP(resolved, newCases));
    }
}
