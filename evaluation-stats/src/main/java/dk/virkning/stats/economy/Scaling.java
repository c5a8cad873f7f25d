package dk.virkning.stats.economy;

/**
 * Whom an effect per completer is multiplied by. The headline is intention to treat: a
 * participant without a later measurement counts as no change, so only the completers' change
 * is valued. Complete case assumes that non-completers changed as completers did, and is shown
 * beside it as a sensitivity.
 */
public enum Scaling {
    /** The effect times the completers (non-completers: no change). The default. */
    INTENTION_TO_TREAT,
    /** The effect times every participant, as if non-completers changed as completers did. */
    COMPLETE_CASE
}
