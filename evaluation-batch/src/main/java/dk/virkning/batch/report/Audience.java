package dk.virkning.batch.report;

/**
 * Who a report is for (docs/reports.md; docs/privacy.md, small cells). The project's own staff see every cell, with small ones
 * flagged; a funder sees aggregates only, and "&lt;5" wherever a cell rests on fewer than five
 * participants, and no chart that draws individual participants.
 */
public enum Audience {
    STAFF,
    FUNDER;

    /** Whether cells with n &lt; 5 are replaced by "&lt;5". */
    public boolean suppressesSmallCells() {
        return this == FUNDER;
    }
}
