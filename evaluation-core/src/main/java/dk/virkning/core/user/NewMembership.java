package dk.virkning.core.user;

import dk.virkning.core.access.Role;

/** A role the new user is to hold in an organisation. */
public record NewMembership(Long organisationId, Role role) {
}
