package dk.virkning.core.user;

import java.time.OffsetDateTime;

/** What is known of a personal access token after it was issued: never the token itself. */
public record AccessTokenInfo(long id, String label, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
}
