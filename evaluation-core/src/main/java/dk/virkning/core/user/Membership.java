package dk.virkning.core.user;

import dk.virkning.core.access.Role;

/** A user's role in one organisation. */
public record Membership(long userId, long organisationId, Role role) {
}
