package dk.virkning.core.project;

/** The age group derived from a project's target ages; computed by PostgreSQL (column project.age_group, V3) so that SQL and the API agree. */
public enum AgeGroup {
    CHILDREN_YOUTH,
    ADULTS,
    OLDER,
    ALL_AGES
}
