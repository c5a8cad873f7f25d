package dk.virkning.core.project;

/** Whether the initiative prevents, detects or relieves loneliness (several allowed). */
public enum Purpose {
    PREVENT,
    DETECT,
    RELIEVE
}
