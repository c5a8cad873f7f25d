package dk.virkning.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CallerResolverTest {

    @Autowired
    CallerResolver callers;

    @Autowired
    Jdbi jdbi;

    long userId;
    long ngo;
    long foundation;
    String token;

    @BeforeEach
    void setUp() {
        ngo = insertOrganisation("Ventilen", "NGO");
        foundation = insertOrganisation("Fonden", "FOUNDATION");
        userId = jdbi.withHandle(h -> h.createUpdate(
                        "insert into app_user (email, name) values ('holder-' || gen_random_uuid() || '@example.org', 'Holder')")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        membership(ngo, Role.STAFF);
        membership(ngo, Role.ORG_ADMIN);
        membership(foundation, Role.FUNDER);
        token = "caller-" + UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("insert into access_token (user_id, token_sha256) values (:user, :hash)")
                .bind("user", userId).bind("hash", AccessTokens.sha256(token)).execute());
    }

    @Test
    void resolvesTheHolderWithEveryRoleInEachOrganisation() {
        Caller caller = callers.resolve(token).orElseThrow();

        assertThat(caller.userId()).isEqualTo(userId);
        assertThat(caller.platformAdmin()).isFalse();
        assertThat(caller.roles()).isEqualTo(Map.of(ngo, Set.of(Role.STAFF, Role.ORG_ADMIN), foundation,
                Set.of(Role.FUNDER)));
    }

    @Test
    void aUserWithoutMembershipsHasNoRoles() {
        jdbi.useHandle(h -> h.execute("delete from membership where user_id = ?", userId));

        assertThat(callers.resolve(token).orElseThrow().roles()).isEmpty();
    }

    @Test
    void refusesRevokedAndExpiredTokensAndDisabledUsers() {
        update("update access_token set revoked_at = now() where user_id = ?");
        assertThat(callers.resolve(token)).isEmpty();

        update("update access_token set revoked_at = null, expires_at = now() - interval '1 second' where user_id = ?");
        assertThat(callers.resolve(token)).isEmpty();

        update("update access_token set expires_at = null where user_id = ?");
        update("update app_user set disabled_at = now() where id = ?");
        assertThat(callers.resolve(token)).isEmpty();

        update("update app_user set disabled_at = null where id = ?");
        assertThat(callers.resolve(token)).isPresent();
    }

    @Test
    void recordsTheTokensUseAtMostOnceAMinute() {
        assertThat(lastUsed()).isNull();

        callers.resolve(token);
        OffsetDateTime first = lastUsed();
        callers.resolve(token);

        assertThat(first).isNotNull();
        assertThat(lastUsed()).isEqualTo(first);

        update("update access_token set last_used_at = now() - interval '2 minutes' where user_id = ?");
        OffsetDateTime old = lastUsed();
        callers.resolve(token);
        assertThat(lastUsed()).isAfter(old.plusMinutes(1));
    }

    private long insertOrganisation(String name, String kind) {
        return jdbi.withHandle(h -> h.createUpdate("insert into organisation (name, kind) values (:name, :kind)")
                .bind("name", name).bind("kind", kind).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private void membership(long organisationId, Role role) {
        jdbi.useHandle(h -> h.execute("insert into membership (user_id, organisation_id, role) values (?, ?, ?)",
                userId, organisationId, role.name()));
    }

    private void update(String sql) {
        jdbi.useHandle(h -> h.execute(sql, userId));
    }

    private OffsetDateTime lastUsed() {
        return jdbi.withHandle(h -> h.createQuery("select last_used_at from access_token where user_id = :user")
                .bind("user", userId).mapTo(OffsetDateTime.class).one());
    }
}
