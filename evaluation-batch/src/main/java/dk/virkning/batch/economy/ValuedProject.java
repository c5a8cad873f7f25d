package dk.virkning.batch.economy;

import dk.virkning.stats.economy.EconomyEstimate;

/** A project with its estimate: one item of the job's writer. */
public record ValuedProject(long projectId, long organisationId, EconomyEstimate estimate) {
}
