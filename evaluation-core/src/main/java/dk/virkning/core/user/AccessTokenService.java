package dk.virkning.core.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens, managed by their owner or a platform administrator. The token is
 * returned once at issue; only its SHA-256 is kept ({@link AccessTokens}). A revoked token
 * stops working at once, since every request looks the token up again.
 */
@Service
public class AccessTokenService {

    public static final int MAX_LABEL_LENGTH = 100;

    private final AccessTokenRepository tokens;
    private final UserRepository users;
    private final UserService userService;
    private final AuditLog auditLog;

    public AccessTokenService(AccessTokenRepository tokens, UserRepository users, UserService userService,
            AuditLog auditLog) {
        this.tokens = tokens;
        this.users = users;
        this.userService = userService;
        this.auditLog = auditLog;
    }

    @Transactional
    public IssuedToken issue(Caller caller, long userId, String label) {
        checkManages(caller, userId);
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && cleanLabel.length() > MAX_LABEL_LENGTH) {
            throw new InvalidInputException(InputProblem.field("label", "TOO_LONG",
                    "label may have at most " + MAX_LABEL_LENGTH + " characters, not " + cleanLabel.length() + "."));
        }
        String token = AccessTokens.newToken();
        long id = tokens.insert(userId, AccessTokens.sha256(token), cleanLabel);
        AccessTokenInfo info = tokens.find(userId, id).orElseThrow();
        audit(caller, userId, "TOKEN_ISSUED", id, cleanLabel);
        return new IssuedToken(id, token, cleanLabel, info.createdAt());
    }

    @Transactional(readOnly = true)
    public List<AccessTokenInfo> list(Caller caller, long userId) {
        checkManages(caller, userId);
        return tokens.list(userId);
    }

    /** Revokes the token; revoking a token already revoked changes nothing. */
    @Transactional
    public void revoke(Caller caller, long userId, long tokenId) {
        checkManages(caller, userId);
        AccessTokenInfo token = tokens.find(userId, tokenId)
                .orElseThrow(() -> new NotFoundException("Access token", tokenId));
        if (tokens.revoke(userId, tokenId)) {
            audit(caller, userId, "TOKEN_REVOKED", tokenId, token.label());
        }
    }

    /** The owner and a platform administrator manage tokens; an ORG_ADMIN who can see the user may not. */
    private void checkManages(Caller caller, long userId) {
        if (caller.userId() == userId) {
            return;
        }
        if (caller.platformAdmin()) {
            users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
            return;
        }
        if (userService.canSee(caller, userId)) {
            throw new ForbiddenException("Only the user themselves or a platform administrator may manage "
                    + "the access tokens of user " + userId + ".");
        }
        throw new NotFoundException("User", userId);
    }

    /** One line per organisation of the token's owner, so that each organisation's admins see it. */
    private void audit(Caller caller, long userId, String action, long tokenId, String label) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("userId", userId);
        detail.put("label", label);
        List<Long> organisations = users.organisationIds(userId);
        if (organisations.isEmpty()) {
            auditLog.record(caller, null, action, "ACCESS_TOKEN", tokenId, detail);
        }
        for (long organisationId : organisations) {
            auditLog.record(caller, organisationId, action, "ACCESS_TOKEN", tokenId, detail);
        }
    }
}
