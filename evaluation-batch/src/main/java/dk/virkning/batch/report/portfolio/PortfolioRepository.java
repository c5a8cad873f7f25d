package dk.virkning.batch.report.portfolio;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads a grant pool's portfolio. The pool's owner is the tenant here: every query reaches
 * projects only through grants of a pool owned by {@code poolOrg}, and joins their rows on the
 * project's own organisation.
 */
@JdbiRepository
@RegisterConstructorMapper(PortfolioData.Pool.class)
@RegisterConstructorMapper(PortfolioData.Project.class)
@RegisterConstructorMapper(PortfolioRepository.ResultRow.class)
@RegisterConstructorMapper(PortfolioRepository.EconomyRow.class)
public interface PortfolioRepository {

    record ResultRow(long projectId, String analysis, int n, boolean suppressed, String statistics) {
    }

    record EconomyRow(long projectId, String status, boolean suppressed, String pointEstimate, String monteCarlo) {
    }

    /** The pool's projects whose organisations still name the pool's owner as a funder (V9). */
    String FUNDED = """
            with funded as (
                select g.project_id, g.organisation_id
                  from consented_grant g
                 where g.grant_pool_id = :poolId and g.funder_organisation_id = :poolOrg)
            """;

    @SqlQuery("""
            select p.id, p.organisation_id, o.name as organisation_name, p.name, p.period_start, p.period_end, p.total_dkk
              from grant_pool p
              join organisation o on o.id = p.organisation_id
             where p.id = :poolId
            """)
    Optional<PortfolioData.Pool> pool(@Bind("poolId") long poolId);

    @SqlQuery(FUNDED + """
            select p.id, p.organisation_id, o.name as organisation_name, p.title, p.design, p.age_group, p.arenas,
                   p.instruments, p.cost_dkk,
                   (select count(*) from participant pa
                     where pa.project_id = p.id and pa.organisation_id = p.organisation_id and pa.erased_at is null) as enrolled
              from funded f
              join project p on p.id = f.project_id and p.organisation_id = f.organisation_id
              join organisation o on o.id = p.organisation_id
             order by p.title, p.id
            """)
    List<PortfolioData.Project> projects(@Bind("poolId") long poolId, @Bind("poolOrg") long poolOrganisationId);

    /** The whole-group results of each funded project's main wave pair (baseline and first later wave) for one instrument. */
    @SqlQuery(FUNDED + """
            , main_pair as (
                select distinct on (r.project_id) r.project_id, r.baseline_wave_id, r.later_wave_id
                  from evaluation_result r
                  join funded f on f.project_id = r.project_id and f.organisation_id = r.organisation_id
                  join wave lw on lw.id = r.later_wave_id and lw.organisation_id = r.organisation_id
                 where r.instrument = :instrument and r.analysis = 'WITHIN' and r.subgroup_type = 'ALL'
                 order by r.project_id, lw.offset_days, lw.ordinal)
            select r.project_id, r.analysis, r.n, r.suppressed, r.statistics::text as statistics
              from evaluation_result r
              join funded f on f.project_id = r.project_id and f.organisation_id = r.organisation_id
              join main_pair m on m.project_id = r.project_id and m.baseline_wave_id = r.baseline_wave_id
                              and m.later_wave_id = r.later_wave_id
             where r.instrument = :instrument and r.subgroup_type = 'ALL'
            """)
    List<ResultRow> mainResults(@Bind("poolId") long poolId, @Bind("poolOrg") long poolOrganisationId,
            @Bind("instrument") String instrument);

    /** Each funded project's economy estimate: the preferred valuation set if valued with it, else the latest. */
    @SqlQuery(FUNDED + """
            select distinct on (e.project_id) e.project_id, e.status, e.suppressed,
                   e.point_estimate::text as point_estimate, e.monte_carlo::text as monte_carlo
              from economy_estimate e
              join funded f on f.project_id = e.project_id and f.organisation_id = e.organisation_id
             order by e.project_id, (e.valuation_set_id || '-' || e.valuation_set_version = :preferredSet) desc,
                      e.computed_at desc
            """)
    List<EconomyRow> economy(@Bind("poolId") long poolId, @Bind("poolOrg") long poolOrganisationId,
            @Bind("preferredSet") String preferredSet);

    /**
     * When the portfolio's inputs last changed: the funded projects' latest evaluation or economy
     * run, a grant, or a change to any granted project's registry data, partners included, so that
     * a project that withdraws its consent is gone from the next portfolio served.
     */
    @SqlQuery(FUNDED + """
            select greatest((select max(r.computed_at) from evaluation_run r
                               join funded f on f.project_id = r.project_id and f.organisation_id = r.organisation_id),
                            (select max(e.computed_at) from economy_estimate e
                               join funded f on f.project_id = e.project_id and f.organisation_id = e.organisation_id),
                            (select max(greatest(g.created_at, p.updated_at)) from grant_award g
                               join project p on p.id = g.project_id
                              where g.grant_pool_id = :poolId))
            """)
    Optional<java.time.OffsetDateTime> lastComputed(@Bind("poolId") long poolId, @Bind("poolOrg") long poolOrganisationId);
}
