package dk.virkning.core.user;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Who holds a presented token, in one statement: {@link CallerResolver} runs it on every request.
 * Apart from {@link AccessTokenRepository} and {@link UserRepository}, whose many methods Jdbi
 * would prepare for each request that uses them.
 */
@JdbiRepository
@RegisterConstructorMapper(TokenHolderRepository.Holder.class)
interface TokenHolderRepository {

    /** The user behind a live token, with every membership as parallel arrays, in organisation order. */
    record Holder(long userId, boolean platformAdmin, long[] organisationIds, String[] roles,
            OffsetDateTime lastUsedAt) {
    }

    /** Live: not revoked, not expired, and the user not disabled. */
    @SqlQuery("""
            select u.id as user_id, u.platform_admin, t.last_used_at,
                   coalesce(array_agg(m.organisation_id order by m.organisation_id, m.role)
                            filter (where m.user_id is not null), '{}') as organisation_ids,
                   coalesce(array_agg(m.role order by m.organisation_id, m.role)
                            filter (where m.user_id is not null), '{}') as roles
              from access_token t
              join app_user u on u.id = t.user_id
              left join membership m on m.user_id = u.id
             where t.token_sha256 = :hash
               and t.revoked_at is null
               and (t.expires_at is null or t.expires_at > now())
               and u.disabled_at is null
             group by u.id, u.platform_admin, t.last_used_at
            """)
    Optional<Holder> holderOfLiveToken(@Bind("hash") byte[] hash);
}
