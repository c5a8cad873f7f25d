package dk.virkning.stats.economy;

/**
 * A measured movement across the loneliness cut-off (T-ILS ≥ 7).
 *
 * @param instrument the instrument id ({@code TILS})
 * @param intervention the intervention group (all participants in an uncontrolled design)
 * @param control the control group, or null without one
 * @param adjusted the ANCOVA difference in the share of cases at the later wave (intervention − control,
 *                 adjusted for baseline caseness; a linear probability model), or null
 * @param caution the evaluation flagged a small sample (n &lt; 10)
 * @param suppressed the evaluation suppressed a cell (n &lt; 5)
 */
public record CasenessEstimate(String instrument, CasenessChange intervention, CasenessChange control,
        AdjustedDifference adjusted, boolean caution, boolean suppressed) {

    public CasenessEstimate {
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("instrument is missing");
        }
        if (intervention == null) {
            throw new IllegalArgumentException("the intervention group's caseness change is missing");
        }
        if (adjusted != null && control == null) {
            throw new IllegalArgumentException("an adjusted difference needs the control group");
        }
    }
}
