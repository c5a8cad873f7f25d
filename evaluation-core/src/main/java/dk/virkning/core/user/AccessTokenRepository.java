package dk.virkning.core.user;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@JdbiRepository
@RegisterConstructorMapper(AccessTokenInfo.class)
public interface AccessTokenRepository {

    @SqlUpdate("insert into access_token (user_id, token_sha256, label) values (:userId, :hash, :label)")
    @GetGeneratedKeys("id")
    long insert(@Bind("userId") long userId, @Bind("hash") byte[] hash, @Bind("label") String label);

    @SqlUpdate("""
            insert into access_token (user_id, token_sha256, label, expires_at)
            values (:userId, :hash, :label, now() + make_interval(days => :days))
            """)
    @GetGeneratedKeys("id")
    long insertExpiring(@Bind("userId") long userId, @Bind("hash") byte[] hash, @Bind("label") String label,
            @Bind("days") int days);

    /** Whether a token was ever issued to the user, revoked and expired ones included. */
    @SqlQuery("select exists (select 1 from access_token where user_id = :userId)")
    boolean anyEver(@Bind("userId") long userId);

    /**
     * Records that the token was used, to the minute: at most one update a minute, and never a
     * wait. Every request of a client shares its token's row, so updating it on each request
     * made concurrent requests queue for the row lock (docs/benchmarks.md, "API under load").
     */
    @SqlUpdate("""
            update access_token set last_used_at = now()
             where id = (select id from access_token
                          where token_sha256 = :hash
                            and (last_used_at is null or last_used_at < now() - interval '1 minute')
                            for update skip locked)
            """)
    void touch(@Bind("hash") byte[] hash);

    @SqlQuery("""
            select id, label, created_at, last_used_at, expires_at, revoked_at
              from access_token
             where id = :id and user_id = :userId
            """)
    Optional<AccessTokenInfo> find(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery("""
            select id, label, created_at, last_used_at, expires_at, revoked_at
              from access_token
             where user_id = :userId
             order by id
            """)
    List<AccessTokenInfo> list(@Bind("userId") long userId);

    /** @return whether a live token was revoked (false if it was already revoked) */
    @SqlUpdate("""
            update access_token set revoked_at = now()
             where id = :id and user_id = :userId and revoked_at is null
            """)
    boolean revoke(@Bind("userId") long userId, @Bind("id") long id);
}
