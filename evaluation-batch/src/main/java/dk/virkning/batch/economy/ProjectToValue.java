package dk.virkning.batch.economy;

/** A project the economy job values: one item of the job's reader. */
public record ProjectToValue(long projectId, long organisationId) {
}
