package dk.virkning.core.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param userId     the acting user, or {@code null} for the system (a batch job)
 * @param userName   the acting user's name, or {@code null}
 * @param detailJson a JSON object with action-specific detail, or {@code null}
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long userId, String userName, Long organisationId,
        String action, String targetType, String targetId, String detailJson) {
}
