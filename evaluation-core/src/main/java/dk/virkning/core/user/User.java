package dk.virkning.core.user;

import java.time.OffsetDateTime;

/** A person who uses Virkning: NGO staff, a foundation's analyst, a researcher or an administrator. */
public record User(long id, String email, String name, boolean platformAdmin, OffsetDateTime createdAt) {
}
