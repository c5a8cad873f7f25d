package dk.virkning.core.project;

/** Whether loneliness is the initiative's direct target or an indirect one. */
public enum LonelinessFocus {
    DIRECT,
    INDIRECT
}
