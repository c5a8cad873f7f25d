package dk.virkning.core.access;

/** A user's role within one organisation (docs/domain.md, docs/privacy.md). Platform administration is a flag on the user. */
public enum Role {
    STAFF,
    ORG_ADMIN,
    FUNDER,
    RESEARCHER
}
