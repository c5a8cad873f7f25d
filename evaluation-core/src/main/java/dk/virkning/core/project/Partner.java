package dk.virkning.core.project;

/** Another organisation's part in a project. */
public record Partner(Long organisationId, PartnerRole role) {
}
