package dk.virkning.core.project;

/** The five national strategies against loneliness. */
public enum Strategy {
    SOCIAL_NETWORK,
    SOCIAL_SUPPORT,
    SOCIAL_EMOTIONAL_SKILLS,
    PSYCHOLOGICAL_TREATMENT,
    PSYCHOEDUCATION
}
