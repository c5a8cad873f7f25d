package dk.virkning.core.project;

/** Where a project is in its life. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    ARCHIVED
}
