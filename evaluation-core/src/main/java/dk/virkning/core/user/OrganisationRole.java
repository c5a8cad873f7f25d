package dk.virkning.core.user;

import dk.virkning.core.access.Role;

/** A membership as shown to people: the organisation's name with the role. */
public record OrganisationRole(long organisationId, String organisationName, Role role) {
}
