package dk.virkning.stats.economy;

/** Whether a project could be valued. "Not valued" is never shown as zero. */
public enum EstimateStatus {
    VALUED,
    NOT_VALUED
}
