package dk.virkning.core.response;

/** How the answers were given. */
public enum ResponseMode {
    SELF,
    WEB_LINK,
    INTERVIEW,
    STAFF_ENTERED
}
