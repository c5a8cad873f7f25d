package dk.virkning.core.project;

/** Where in people's lives the initiative takes place. */
public enum Arena {
    HOME_HOUSING,
    DAYCARE_SCHOOL_EDUCATION,
    LEISURE_COMMUNITIES,
    WORK_EMPLOYMENT,
    HEALTH_CARE,
    CROSS_CUTTING
}
