package dk.virkning.core.user;

import java.util.List;

/** A user to be created, with their roles; validated by {@link UserService}. */
public record NewUser(String email, String name, List<NewMembership> memberships) {
}
