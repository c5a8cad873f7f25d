package dk.virkning.core.result;

/** How much of a project's aggregates a caller may see (PRIVACY.md). */
public enum ResultViewer {
    /** The project's own staff: every cell, whatever its size. */
    STAFF,
    /** A funder of the project: aggregates only, with every count below five suppressed. */
    FUNDER
}
