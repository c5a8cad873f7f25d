package dk.virkning.stats.economy;

/** A project's evaluation design (DOMAIN.md). */
public enum Design {
    POST_ONLY, PRE_POST, PRE_POST_CONTROL, RCT;

    /** True for designs with a control group. */
    public boolean controlled() {
        return this == PRE_POST_CONTROL || this == RCT;
    }
}
