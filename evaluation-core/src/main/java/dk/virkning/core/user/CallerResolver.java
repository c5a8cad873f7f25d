package dk.virkning.core.user;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a presented bearer token into the {@link Caller} it stands for. */
@Service
public class CallerResolver {

    private final AccessTokenRepository tokens;
    private final UserRepository users;

    public CallerResolver(AccessTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Transactional
    public Optional<Caller> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        byte[] hash = AccessTokens.sha256(token);
        return tokens.findLiveUser(hash).flatMap(users::findById).map(user -> {
            tokens.touch(hash);
            return callerOf(user);
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
