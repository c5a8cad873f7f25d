package dk.virkning.stats.effectsize;

import dk.virkning.stats.distribution.SmallSampleCorrection;

/**
 * Within-subject standardised changes that use the standard deviations of the measurements rather
 * than of the changes, so that they are comparable with between-group effect sizes.
 */
public final class RepeatedMeasuresD {

    private RepeatedMeasuresD() {
    }

    /**
     * d_av = mean change / ((sd_pre + sd_post) / 2) (Cumming 2012; Lakens 2013, eq. 10);
     * {@code null} when both standard deviations are zero or either is undefined.
     */
    public static Double dAv(double meanChange, Double sdPre, Double sdPost) {
        if (sdPre == null || sdPost == null) {
            return null;
        }
        double average = (sdPre + sdPost) / 2;
        return average > 0 ? meanChange / average : null;
    }

    /**
     * g_av = d_av · J(n − 1) (Lakens 2013, eq. 4 applied to d_av), with the exact J of
     * {@link SmallSampleCorrection#ofDegreesOfFreedom}: {@code null} when n ≤ 2, where J(1) is
     * undefined.
     */
    public static Double gAv(Double dAv, int n) {
        Double j = SmallSampleCorrection.ofDegreesOfFreedom(n - 1);
        return dAv == null || j == null ? null : dAv * j;
    }

    /**
     * d_rm = mean change / √(sd_pre² + sd_post² − 2·r·sd_pre·sd_post) · √(2(1 − r)) (Morris &amp; DeShon
     * 2002, eq. 11; Lakens 2013, eq. 9). The first factor is d_z, so d_rm is undefined where d_z is
     * (the changes have no spread) and where r is undefined.
     */
    public static Double dRm(double meanChange, Double sdPre, Double sdPost, Double r, boolean changeHasSpread) {
        if (sdPre == null || sdPost == null || r == null || !changeHasSpread) {
            return null;
        }
        double sdChange = Math.sqrt(sdPre * sdPre + sdPost * sdPost - 2 * r * sdPre * sdPost);
        if (!(sdChange > 0)) {
            return null;
        }
        return meanChange / sdChange * Math.sqrt(2 * (1 - r));
    }
}
