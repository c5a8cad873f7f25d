package dk.virkning.stats.economy;

/**
 * A measured change on a continuous instrument: the intervention group's change and, in a
 * controlled design, the control group's.
 *
 * @param instrument the instrument id ({@code LIFE_SAT}, {@code WHO5})
 * @param intervention the intervention group (all participants in an uncontrolled design)
 * @param control the control group, or null without one
 * @param adjusted the ANCOVA difference of a controlled design, or null (then the raw difference in change is used)
 * @param caution the evaluation flagged a small sample (n &lt; 10)
 * @param suppressed the evaluation suppressed a cell (n &lt; 5)
 */
public record ChangeEstimate(String instrument, GroupChange intervention, GroupChange control,
        AdjustedDifference adjusted, boolean caution, boolean suppressed) {

    public ChangeEstimate {
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("instrument is missing");
        }
        if (intervention == null) {
            throw new IllegalArgumentException("the intervention group's change is missing");
        }
        if (adjusted != null && control == null) {
            throw new IllegalArgumentException("an adjusted difference needs the control group");
        }
    }
}
