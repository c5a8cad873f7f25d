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
public interface UserRepository {

    @SqlUpdate("""
            insert into app_user (email, name, platform_admin)
            values (:email, :name, :platformAdmin)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("name") String name, @Bind("platformAdmin") boolean platformAdmin);

    @SqlQuery("select id, email, name, platform_admin, created_at from app_user where id = :id")
    Optional<User> findById(@Bind("id") long id);

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
}
