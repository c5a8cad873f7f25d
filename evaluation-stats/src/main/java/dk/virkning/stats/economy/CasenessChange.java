package dk.virkning.stats.economy;

/**
 * One group's movement across a caseness cut-off (e.g. T-ILS ≥ 7) between two waves.
 *
 * @param n complete pairs
 * @param resolved cases at baseline that are not cases later
 * @param newCases non-cases at baseline that are cases later
 */
public record CasenessChange(int n, int resolved, int newCases) {

    public CasenessChange {
        if (n < 1) {
            throw new IllegalArgumentException("caseness needs at least one complete pair, got " + n);
        }
        if (resolved < 0 || newCases < 0 || resolved + newCases > n) {
            throw new IllegalArgumentException("expected 0 <= resolved + new <= n, got " + resolved + " + " + newCases
                    + " of " + n);
        }
    }

    /** Net share leaving caseness, s = (resolved − new) / n. */
    public double netShare() {
        return (double) (resolved - newCases) / n;
    }

    /**
     * Standard error of {@link #netShare()}: the Wald standard error of a difference of
     * paired proportions, √((resolved + new) − (resolved − new)² / n) / n.
     */
    public double standardError() {
        double discordant = resolved + newCases;
        double difference = resolved - newCases;
        return Math.sqrt(Math.max(0, discordant - difference * difference / n)) / n;
    }
}
