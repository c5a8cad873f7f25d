package dk.virkning.stats.missing;

import dk.virkning.stats.describe.Interval;

/**
 * Whether a missing-data sensitivity estimate differs materially from the complete-case one,
 * so that a report must show both: when it is less than 80 % of the complete-case estimate in
 * size or of the other sign, or when one 95 % interval excludes 0 and the other does not.
 *
 * <p>The 80 % follows the "5 and 20" rule of thumb for attrition (Schulz &amp; Grimes 2002): under
 * baseline carried forward the within-group change shrinks by the share not measured again, so
 * the rule flags a result once more than a fifth of the baseline group is missing later — the
 * attrition at which bias becomes a threat — or earlier when the conclusion changes.
 */
public final class MaterialDifference {

    static final double SHARE_KEPT = 0.8;

    private MaterialDifference() {
    }

    /**
     * @param completeCase the complete-case estimate
     * @param completeCaseCi its 95 % interval, or null
     * @param sensitivity the sensitivity estimate
     * @param sensitivityCi its 95 % interval, or null
     */
    public static boolean of(double completeCase, Interval completeCaseCi, double sensitivity,
            Interval sensitivityCi) {
        boolean shrunk = Math.abs(sensitivity) < SHARE_KEPT * Math.abs(completeCase)
                || Math.signum(sensitivity) != Math.signum(completeCase);
        boolean conclusion = completeCaseCi != null && sensitivityCi != null
                && excludesZero(completeCaseCi) != excludesZero(sensitivityCi);
        return shrunk || conclusion;
    }

    private static boolean excludesZero(Interval ci) {
        return ci.lower() > 0 || ci.upper() < 0;
    }
}
