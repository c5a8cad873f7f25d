package dk.virkning.core.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens. Who may issue one is who may act as its user ({@link #checkMayIssue}). The token is
 * returned once at issue; only its SHA-256 is kept ({@link AccessTokens}). A revoked token
 * stops working at once, since every request looks the token up again.
 */
@Service
public class AccessTokenService {

    public static final int MAX_LABEL_LENGTH = 100;
    /** How long the token a platform administrator hands a new organisation's first ORG_ADMIN lives. */
    public static final int HANDOVER_DAYS = 7;

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
        boolean handover = checkMayIssue(caller, userId);
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && cleanLabel.length() > MAX_LABEL_LENGTH) {
            throw new InvalidInputException(InputProblem.field("label", "TOO_LONG",
                    "label may have at most " + MAX_LABEL_LENGTH + " characters, not " + cleanLabel.length() + "."));
        }
        String token = AccessTokens.newToken();
        byte[] hash = AccessTokens.sha256(token);
        long id = handover ? tokens.insertExpiring(userId, hash, cleanLabel, HANDOVER_DAYS)
                : tokens.insert(userId, hash, cleanLabel);
        AccessTokenInfo info = tokens.find(userId, id).orElseThrow();
        audit(caller, userId, handover ? "TOKEN_HANDED_OVER" : "TOKEN_ISSUED", id, cleanLabel);
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

    /**
     * Who may issue a token is who may act as the user: the user themselves, or an ORG_ADMIN of
     * every organisation the user belongs to (an admin of one organisation must not get a key to
     * another's data, nor to a platform administrator's powers). A platform administrator issues
     * tokens for nobody else, with one exception that bootstrapping needs: the first token of a
     * new organisation's first ORG_ADMIN, which expires after {@link #HANDOVER_DAYS} days.
     *
     * @return whether the token is that hand-over token
     */
    private boolean checkMayIssue(Caller caller, long userId) {
        if (caller.userId() == userId) {
            return false;
        }
        User user = users.findById(userId).orElse(null);
        List<Membership> memberships = user == null ? List.of() : users.memberships(userId);
        if (user != null && !user.platformAdmin() && !memberships.isEmpty()
                && memberships.stream().allMatch(m -> caller.hasRole(m.organisationId(), Role.ORG_ADMIN))) {
            return false;
        }
        if (user != null && caller.platformAdmin() && !user.platformAdmin() && !memberships.isEmpty()
                && memberships.stream().allMatch(m -> m.role() == Role.ORG_ADMIN) && !tokens.anyEver(userId)) {
            return true;
        }
        if (user != null && userService.canSee(caller, userId)) {
            throw new ForbiddenException("Only user " + userId + " themselves, or an ORG_ADMIN of every organisation "
                    + "they belong to, may issue them an access token.");
        }
        throw new NotFoundException("User", userId);
    }

    /**
     * The owner, an ORG_ADMIN of an organisation the user belongs to and a platform administrator
     * list and revoke tokens: neither lets anyone act as the user, and revoking is what is needed
     * when a token leaks.
     */
    private void checkManages(Caller caller, long userId) {
        if (caller.userId() == userId) {
            return;
        }
        if (caller.platformAdmin()) {
            users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
            return;
        }
        if (!userService.canSee(caller, userId)) {
            throw new NotFoundException("User", userId);
        }
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
