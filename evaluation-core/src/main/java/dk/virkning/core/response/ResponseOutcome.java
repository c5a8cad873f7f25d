package dk.virkning.core.response;

/** What storing one submission did. */
public enum ResponseOutcome {
    /** A new response. */
    CREATED,
    /** An earlier response for the same participant × wave × instrument was moved to history and replaced. */
    REPLACED,
    /** The same answers, date and mode were stored already; nothing was written. */
    UNCHANGED
}
