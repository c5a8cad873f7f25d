package dk.virkning.core.user;

import java.time.OffsetDateTime;

/** A freshly issued personal access token: the only time {@code token} is ever available. */
public record IssuedToken(long id, String token, String label, OffsetDateTime createdAt) {
}
