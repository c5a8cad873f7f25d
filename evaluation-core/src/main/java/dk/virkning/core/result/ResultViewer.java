package dk.virkning.core.result;

/** How much of a project's aggregates a caller may see (docs/privacy.md, who sees what). */
public enum ResultViewer {
    /** The project's own staff: every cell, whatever its size. */
    STAFF,
    /** A funder of the project: aggregates only, with every count below five suppressed. */
    FUNDER
}
