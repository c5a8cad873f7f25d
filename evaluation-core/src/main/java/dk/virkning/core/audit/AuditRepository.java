package dk.virkning.core.audit;

import java.util.List;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@JdbiRepository
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditRepository {

    @SqlUpdate("""
            insert into audit_log (user_id, organisation_id, action, target_type, target_id, detail)
            values (:userId, :organisationId, :action, :targetType, :targetId, cast(:detail as jsonb))
            """)
    void insert(@Bind("userId") Long userId, @Bind("organisationId") Long organisationId,
            @Bind("action") String action, @Bind("targetType") String targetType, @Bind("targetId") String targetId,
            @Bind("detail") String detailJson);

    /** Newest first, below {@code before} when given; the organisation is checked against the admin's in SQL. */
    @SqlQuery("""
            select a.id, a.occurred_at, a.user_id, u.name as user_name, a.organisation_id,
                   a.action, a.target_type, a.target_id, a.detail::text as detail_json
              from audit_log a
              left join app_user u on u.id = a.user_id
             where a.organisation_id = :organisationId
               and a.organisation_id = any(:adminOrgs)
               and (cast(:before as bigint) is null or a.id < :before)
             order by a.id desc
             limit :limit
            """)
    List<AuditEntry> page(@Bind("organisationId") long organisationId, @Bind("adminOrgs") long[] adminOrgs,
            @Bind("before") Long before, @Bind("limit") int limit);

    @SqlQuery("select exists (select 1 from organisation where id = :id)")
    boolean organisationExists(@Bind("id") long id);
}
