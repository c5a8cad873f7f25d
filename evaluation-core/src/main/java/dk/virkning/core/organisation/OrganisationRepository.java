package dk.virkning.core.organisation;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@JdbiRepository
@RegisterConstructorMapper(Organisation.class)
public interface OrganisationRepository {

    @SqlUpdate("insert into organisation (name, kind, cvr) values (:name, :kind, :cvr)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("kind") OrganisationKind kind, @Bind("cvr") String cvr);

    @SqlQuery("select id, name, kind, cvr from organisation order by name, id")
    List<Organisation> findAll();

    /** The given organisations that exist; also used to check references before writing. */
    @SqlQuery("select id, name, kind, cvr from organisation where id = any(:ids) order by name, id")
    List<Organisation> findAmong(@Bind("ids") long[] ids);

    /** The organisation if the caller may see it: a platform admin sees all, others their own. */
    @SqlQuery("""
            select id, name, kind, cvr
              from organisation
             where id = :id
               and (:platformAdmin or id = any(:orgs))
            """)
    Optional<Organisation> findVisible(@Bind("id") long id, @Bind("platformAdmin") boolean platformAdmin,
            @Bind("orgs") long[] orgs);
}
