package dk.virkning.api.organisation;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.virkning.core.audit.AuditEntry;

/**
 * A page of an audit log.
 *
 * @param nextBefore the {@code before} value for the next (older) page, or {@code null} on the last page
 */
record AuditPage(List<Line> entries, Long nextBefore) {

    static AuditPage of(List<AuditEntry> entries, int limit) {
        Long next = entries.size() == limit ? entries.get(entries.size() - 1).id() : null;
        return new AuditPage(entries.stream().map(Line::of).toList(), next);
    }

    /** One line, with its detail as the JSON object it is rather than as a string. */
    record Line(long id, OffsetDateTime occurredAt, Long userId, String userName, Long organisationId, String action,
            String targetType, String targetId, @JsonRawValue String detail) {

        static Line of(AuditEntry e) {
            return new Line(e.id(), e.occurredAt(), e.userId(), e.userName(), e.organisationId(), e.action(),
                    e.targetType(), e.targetId(), e.detailJson());
        }
    }
}
