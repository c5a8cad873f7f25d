package dk.virkning.core.organisation;

/**
 * An NGO, public body, foundation or research institution using Virkning.
 *
 * @param cvr the Danish company registration number (8 digits), or {@code null}
 */
public record Organisation(long id, String name, OrganisationKind kind, String cvr) {
}
