package dk.virkning.core.user;

import java.util.List;

/** A user with the memberships the viewer may see. */
public record UserProfile(long id, String email, String name, boolean platformAdmin,
        List<OrganisationRole> memberships) {
}
