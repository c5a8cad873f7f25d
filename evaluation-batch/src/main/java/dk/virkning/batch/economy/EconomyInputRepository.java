package dk.virkning.batch.economy;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads what the economy job values: the projects, and the registry facts and evaluation results of one. */
@JdbiRepository
@RegisterConstructorMapper(ProjectToValue.class)
@RegisterConstructorMapper(ProjectFacts.class)
@RegisterConstructorMapper(EvaluationRow.class)
public interface EconomyInputRepository {

    /** The projects with at least one evaluation result, in id order. */
    @SqlQuery("""
            select p.id as project_id, p.organisation_id
              from project p
             where exists (select 1 from evaluation_result r
                            where r.project_id = p.id and r.organisation_id = p.organisation_id)
             order by p.id
            """)
    List<ProjectToValue> projectsToValue();

    @SqlQuery("""
            select p.design,
                   p.cost_dkk,
                   (select count(*) from participant pa
                     where pa.project_id = p.id and pa.organisation_id = p.organisation_id
                       and pa.erased_at is null) as participants,
                   (select count(*) from participant pa
                     where pa.project_id = p.id and pa.organisation_id = p.organisation_id
                       and pa.erased_at is null and pa.arm = 'INTERVENTION') as intervention_participants,
                   (select count(*) from participant pa
                     where pa.project_id = p.id and pa.organisation_id = p.organisation_id
                       and pa.erased_at is null
                       and extract(year from pa.enrolled_on) - pa.birth_year between 16 and 64)
                       as participants_aged_16_to_64,
                   (select count(*) from participant pa
                     where pa.project_id = p.id and pa.organisation_id = p.organisation_id
                       and pa.erased_at is null and pa.arm = 'INTERVENTION'
                       and extract(year from pa.enrolled_on) - pa.birth_year between 16 and 64)
                       as intervention_participants_aged_16_to_64
              from project p
             where p.id = :projectId and p.organisation_id = :organisationId
            """)
    Optional<ProjectFacts> facts(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    /**
     * The WITHIN results (whole group and per arm) and the whole-group BETWEEN result of each
     * instrument's main wave pair: the
     * baseline and the first later wave, i.e. the pair with the lowest baseline and then the
     * lowest later offset among the instrument's whole-group WITHIN results.
     */
    @SqlQuery("""
            with main_pair as (
                select distinct on (r.instrument) r.instrument, r.baseline_wave_id, r.later_wave_id
                  from evaluation_result r
                  join wave bw on bw.id = r.baseline_wave_id and bw.organisation_id = r.organisation_id
                  join wave lw on lw.id = r.later_wave_id and lw.organisation_id = r.organisation_id
                 where r.project_id = :projectId and r.organisation_id = :organisationId
                   and r.analysis = 'WITHIN' and r.subgroup_type = 'ALL'
                 order by r.instrument, bw.offset_days, lw.offset_days, lw.ordinal
            )
            select r.instrument, r.analysis, r.subgroup_type, r.subgroup_value, r.n, r.caution, r.suppressed,
                   r.statistics::text as statistics
              from evaluation_result r
              join main_pair m on m.instrument = r.instrument
                              and m.baseline_wave_id = r.baseline_wave_id
                              and m.later_wave_id = r.later_wave_id
             where r.project_id = :projectId and r.organisation_id = :organisationId
               and (r.analysis = 'WITHIN' and r.subgroup_type in ('ALL', 'ARM')
                    or r.analysis = 'BETWEEN' and r.subgroup_type = 'ALL')
             order by r.instrument, r.analysis, r.subgroup_type, r.subgroup_value
            """)
    List<EvaluationRow> mainEffects(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);
}
