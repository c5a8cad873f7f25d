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
@RegisterConstructorMapper(User.class)
@RegisterConstructorMapper(Membership.class)
@RegisterConstructorMapper(OrganisationRole.class)
public interface UserRepository {

    @SqlUpdate("""
            insert into app_user (email, name, platform_admin)
            values (:email, :name, :platformAdmin)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("name") String name, @Bind("platformAdmin") boolean platformAdmin);

    /** Inserts the user unless the e-mail address is taken (case-insensitively); empty if it is. */
    @SqlQuery("""
            insert into app_user (email, name, platform_admin)
            values (:email, :name, false)
            on conflict (lower(email)) do nothing
            returning id
            """)
    Optional<Long> insertUnlessEmailTaken(@Bind("email") String email, @Bind("name") String name);

    @SqlQuery("select id, email, name, platform_admin, created_at from app_user where id = :id")
    Optional<User> findById(@Bind("id") long id);

    /**
     * The user if the viewer may see them: themselves, a platform administrator, or an
     * ORG_ADMIN of an organisation the user belongs to ({@code adminOrgs}).
     */
    @SqlQuery("""
            select u.id, u.email, u.name, u.platform_admin, u.created_at
              from app_user u
             where u.id = :id
               and (u.id = :viewerId
                    or :viewerIsPlatformAdmin
                    or exists (select 1 from membership m
                                where m.user_id = u.id and m.organisation_id = any(:adminOrgs)))
            """)
    Optional<User> findVisible(@Bind("id") long id, @Bind("viewerId") long viewerId,
            @Bind("viewerIsPlatformAdmin") boolean viewerIsPlatformAdmin, @Bind("adminOrgs") long[] adminOrgs);

    @SqlQuery("select exists (select 1 from app_user where platform_admin and disabled_at is null)")
    boolean anyPlatformAdmin();

    @SqlUpdate("""
            insert into membership (user_id, organisation_id, role)
            values (:userId, :organisationId, :role)
            on conflict do nothing
            """)
    void addMembership(@Bind("userId") long userId, @Bind("organisationId") long organisationId, @Bind("role") String role);

    @SqlQuery("select user_id, organisation_id, role from membership where user_id = :userId order by organisation_id, role")
    List<Membership> memberships(@Bind("userId") long userId);

    @SqlQuery("""
            select m.organisation_id, o.name as organisation_name, m.role
              from membership m
              join organisation o on o.id = m.organisation_id
             where m.user_id = :userId
             order by o.name, m.organisation_id, m.role
            """)
    List<OrganisationRole> organisationRoles(@Bind("userId") long userId);

    /** The user's memberships within the given organisations only, for a viewer who administers those. */
    @SqlQuery("""
            select m.organisation_id, o.name as organisation_name, m.role
              from membership m
              join organisation o on o.id = m.organisation_id
             where m.user_id = :userId
               and m.organisation_id = any(:orgs)
             order by o.name, m.organisation_id, m.role
            """)
    List<OrganisationRole> organisationRolesAmong(@Bind("userId") long userId, @Bind("orgs") long[] orgs);

    @SqlQuery("select exists (select 1 from membership where organisation_id = :organisationId)")
    boolean organisationHasMembers(@Bind("organisationId") long organisationId);

    @SqlQuery("select distinct organisation_id from membership where user_id = :userId order by organisation_id")
    List<Long> organisationIds(@Bind("userId") long userId);
}
