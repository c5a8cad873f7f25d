package dk.virkning.stats.economy;

/** What an effect estimate measures, per participant. */
public enum EffectKind {
    /** Mean change in score points (post − pre). */
    MEAN_CHANGE,
    /** Net share of participants leaving caseness, (resolved − new) / n. */
    NET_SHARE_LEAVING_CASENESS
}
