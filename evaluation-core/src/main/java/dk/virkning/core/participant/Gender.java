package dk.virkning.core.participant;

/** A participant's gender as they state it; UNKNOWN when not recorded. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
