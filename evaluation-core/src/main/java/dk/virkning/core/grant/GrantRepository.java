package dk.virkning.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Grant pools and grants. Pools are scoped in SQL by the caller's organisations ({@code orgs});
 * grants through their pool. The project table is read with plain SQL here, for existence and
 * titles, so that this package does not depend on the project feature.
 */
@JdbiRepository
@RegisterConstructorMapper(GrantPool.class)
@RegisterConstructorMapper(Grant.class)
public interface GrantRepository {

    @SqlUpdate("""
            insert into grant_pool (organisation_id, name, period_start, period_end, total_dkk)
            values (:organisationId, :name, :periodStart, :periodEnd, :totalDkk)
            """)
    @GetGeneratedKeys("id")
    long insertPool(@Bind("organisationId") long organisationId, @Bind("name") String name,
            @Bind("periodStart") LocalDate periodStart, @Bind("periodEnd") LocalDate periodEnd,
            @Bind("totalDkk") BigDecimal totalDkk);

    String POOL_COLUMNS = """
            select p.id, p.organisation_id, o.name as organisation_name, p.name, p.period_start, p.period_end,
                   p.total_dkk,
                   (select coalesce(sum(g.amount_dkk), 0) from grant_award g where g.grant_pool_id = p.id) as awarded_dkk
              from grant_pool p
              join organisation o on o.id = p.organisation_id
            """;

    @SqlQuery(POOL_COLUMNS + " where p.organisation_id = any(:orgs) order by p.period_start desc nulls last, p.name, p.id")
    List<GrantPool> findPools(@Bind("orgs") long[] orgs);

    @SqlQuery(POOL_COLUMNS + " where p.id = :id and p.organisation_id = any(:orgs)")
    Optional<GrantPool> findPool(@Bind("id") long id, @Bind("orgs") long[] orgs);

    /** Locks the pool's row so that concurrent awards cannot together exceed its total. */
    @SqlQuery("select id from grant_pool where id = :id and organisation_id = any(:orgs) for update")
    Optional<Long> lockPool(@Bind("id") long id, @Bind("orgs") long[] orgs);

    /** The organisation running the project, if the project exists. */
    @SqlQuery("select organisation_id from project where id = :projectId")
    Optional<Long> projectOrganisation(@Bind("projectId") long projectId);

    /** Whether the project's organisation lists the given organisation as a FUNDER partner of the project. */
    @SqlQuery("""
            select exists (select 1 from project_partner
                            where project_id = :projectId and partner_id = :funder and role = 'FUNDER')""")
    boolean listsFunder(@Bind("projectId") long projectId, @Bind("funder") long funderOrganisation);

    /** Inserts the grant unless the pool already funds the project; empty if it does. */
    @SqlQuery("""
            insert into grant_award (grant_pool_id, project_id, organisation_id, amount_dkk, awarded_on)
            values (:poolId, :projectId, :organisationId, :amountDkk, :awardedOn)
            on conflict (grant_pool_id, project_id) do nothing
            returning id
            """)
    Optional<Long> insertGrantUnlessPresent(@Bind("poolId") long poolId, @Bind("projectId") long projectId,
            @Bind("organisationId") long organisationId, @Bind("amountDkk") BigDecimal amountDkk,
            @Bind("awardedOn") LocalDate awardedOn);

    String GRANT_COLUMNS = """
            select g.id, g.project_id, pr.title as project_title, g.organisation_id, o.name as organisation_name,
                   g.amount_dkk, g.awarded_on
              from grant_award g
              join grant_pool p on p.id = g.grant_pool_id
              join project pr on pr.id = g.project_id
              join organisation o on o.id = g.organisation_id
            """;

    @SqlQuery(GRANT_COLUMNS + " where g.grant_pool_id = :poolId and p.organisation_id = any(:orgs) order by pr.title, g.id")
    List<Grant> findGrants(@Bind("poolId") long poolId, @Bind("orgs") long[] orgs);

    @SqlQuery(GRANT_COLUMNS + " where g.id = :id and p.organisation_id = any(:orgs)")
    Optional<Grant> findGrant(@Bind("id") long id, @Bind("orgs") long[] orgs);

    /** Projects funded by pools owned by the given organisations, and still naming them as funders (V9). */
    @SqlQuery("""
            select distinct g.project_id
              from consented_grant g
             where g.funder_organisation_id = any(:funderOrgs)
             order by g.project_id
            """)
    long[] fundedProjectIds(@Bind("funderOrgs") long[] funderOrgs);

    @SqlQuery("""
            select exists (select 1
                             from consented_grant g
                            where g.project_id = :projectId
                              and g.funder_organisation_id = any(:funderOrgs))
            """)
    boolean funds(@Bind("funderOrgs") long[] funderOrgs, @Bind("projectId") long projectId);
}
