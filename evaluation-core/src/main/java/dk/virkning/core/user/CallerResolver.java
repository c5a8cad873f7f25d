package dk.virkning.core.user;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.springframework.stereotype.Service;

/**
 * Turns a presented bearer token into the {@link Caller} it stands for. Runs on every request, so
 * it reads the holder and memberships in one statement and records the token's use at most once a
 * minute; without a transaction, since it writes nothing a later step depends on.
 */
@Service
public class CallerResolver {

    private final TokenHolderRepository holders;
    private final AccessTokenRepository tokens;
    private final UserRepository users;

    CallerResolver(TokenHolderRepository holders, AccessTokenRepository tokens, UserRepository users) {
        this.holders = holders;
        this.tokens = tokens;
        this.users = users;
    }

    public Optional<Caller> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        byte[] hash = AccessTokens.sha256(token);
        return holders.holderOfLiveToken(hash).map(holder -> {
            if (holder.lastUsedAt() == null || holder.lastUsedAt().isBefore(OffsetDateTime.now().minusMinutes(1))) {
                tokens.touch(hash);
            }
            Map<Long, Set<Role>> roles = new HashMap<>();
            for (int i = 0; i < holder.organisationIds().length; i++) {
                roles.computeIfAbsent(holder.organisationIds()[i], id -> new HashSet<>())
                        .add(Role.valueOf(holder.roles()[i]));
            }
            return new Caller(holder.userId(), holder.platformAdmin(), roles);
        });
    }

    public Caller callerOf(User user) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Membership m : users.memberships(user.id())) {
            roles.computeIfAbsent(m.organisationId(), id -> new HashSet<>()).add(m.role());
        }
        return new Caller(user.id(), user.platformAdmin(), roles);
    }
}
