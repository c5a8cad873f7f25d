package dk.virkning.core.project;

/** The part an organisation plays in another organisation's project. */
public enum PartnerRole {
    OWNER,
    DELIVERY,
    REFERRER,
    FUNDER
}
