package dk.virkning.core.organisation;

/** The fields of an organisation to be created; validated by {@link OrganisationService}. */
public record NewOrganisation(String name, OrganisationKind kind, String cvr) {
}
