package dk.virkning.core.participant;

/** The arm a participant is in; CONTROL only in designs with a control group. */
public enum Arm {
    INTERVENTION,
    CONTROL
}
