package dk.virkning.stats.economy;

/**
 * A controlled design's intervention-minus-control difference at the later wave, adjusted for
 * the baseline by analysis of covariance ({@code lm(post ~ pre + group)}, Vickers &amp; Altman
 * 2001): the estimate the economy uses in place of the raw difference in change, because it is
 * unbiased under randomisation and more precise.
 *
 * @param difference the group coefficient
 * @param standardError its standard error
 */
public record AdjustedDifference(double difference, double standardError) {

    public AdjustedDifference {
        if (!Double.isFinite(difference) || !Double.isFinite(standardError) || standardError < 0) {
            throw new IllegalArgumentException("an adjusted difference needs a finite estimate and SE >= 0");
        }
    }
}
