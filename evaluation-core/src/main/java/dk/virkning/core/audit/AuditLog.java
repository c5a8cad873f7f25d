package dk.virkning.core.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log (docs/privacy.md, audit log): who did what, and when. Records join
 * the caller's transaction, so an action that rolls back leaves no audit line claiming it
 * happened. The table refuses updates and deletes (V2__access.sql).
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE = 500;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final AuditRepository audit;

    public AuditLog(AuditRepository audit) {
        this.audit = audit;
    }

    /**
     * Appends one line.
     *
     * @param caller         the acting user, or {@code null} for the system
     * @param organisationId the organisation whose admins should see the line, or {@code null}
     * @param action         what happened, upper snake case: {@code USER_CREATED}, {@code EXPORT_DOWNLOADED}
     * @param targetType     what it happened to: {@code USER}, {@code PROJECT}, {@code GRANT}
     * @param targetId       the target's id, or {@code null}
     * @param detailJson     a JSON object, or {@code null}
     */
    @Transactional
    public void record(Caller caller, Long organisationId, String action, String targetType, String targetId,
            String detailJson) {
        audit.insert(caller == null ? null : caller.userId(), organisationId, action, targetType, targetId, detailJson);
    }

    /** As {@link #record(Caller, Long, String, String, String, String)}, without detail. */
    @Transactional
    public void record(Caller caller, Long organisationId, String action, String targetType, String targetId) {
        record(caller, organisationId, action, targetType, targetId, (String) null);
    }

    /** As {@link #record(Caller, Long, String, String, String, String)}, with the detail as flat key-value pairs. */
    @Transactional
    public void record(Caller caller, Long organisationId, String action, String targetType, Object targetId,
            Map<String, ?> detail) {
        record(caller, organisationId, action, targetType, targetId == null ? null : String.valueOf(targetId),
                detail == null ? null : toJson(detail));
    }

    /**
     * A page of an organisation's log, newest first, for its ORG_ADMIN.
     *
     * @param before only lines with a smaller id (the last id of the previous page), or {@code null}
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(Caller caller, long organisationId, int limit, Long before) {
        if (!caller.hasRole(organisationId, Role.ORG_ADMIN)) {
            boolean visible = caller.roles().containsKey(organisationId)
                    || (caller.platformAdmin() && audit.organisationExists(organisationId));
            if (visible) {
                throw new ForbiddenException("Only an ORG_ADMIN of organisation " + organisationId
                        + " may read its audit log.");
            }
            throw new NotFoundException("Organisation", organisationId);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException(InputProblem.field("limit", "OUT_OF_RANGE",
                    "limit must be between 1 and " + MAX_PAGE + ", not " + limit + "."));
        }
        return audit.page(organisationId, caller.organisationsWith(Role.ORG_ADMIN), before, limit);
    }

    /** Strings, numbers, booleans and nulls; anything else is written as its string form. */
    static String toJson(Map<String, ?> detail) {
        Map<String, Object> values = new LinkedHashMap<>();
        detail.forEach((name, value) -> values.put(name, value == null || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof BigDecimal ? value
                : value.toString()));
        return JSON.writeValueAsString(values);
    }
}
