package dk.virkning.core.organisation;

/** What kind of body an organisation is (docs/domain.md, organisations). */
public enum OrganisationKind {
    NGO,
    MUNICIPALITY,
    REGION,
    STATE_AGENCY,
    PRIVATE,
    FOUNDATION,
    RESEARCH;

    /**
     * Whether organisations of this kind run grant pools, and so may own one and have FUNDER
     * members. Besides foundations and state agencies this includes municipalities and regions,
     * which run pools of their own (the municipal § 18 pools for voluntary social work, regional
     * health pools) and fund many of the initiatives in the field.
     */
    public boolean runsGrantPools() {
        return this == FOUNDATION || this == STATE_AGENCY || this == MUNICIPALITY || this == REGION;
    }
}
