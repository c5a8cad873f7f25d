package dk.virkning.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.virkning.stats.design.Design;
import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Projects and their waves, success criteria and partners. Reads take a scope (whole
 * organisations, plus single projects for callers who see a project without being its staff);
 * writes take the organisation the caller is staff of. Both are applied in SQL.
 */
@JdbiRepository
@RegisterConstructorMapper(ProjectRepository.Row.class)
@RegisterConstructorMapper(ProjectRepository.WaveRow.class)
@RegisterConstructorMapper(ProjectRepository.CriterionRow.class)
@RegisterConstructorMapper(ProjectRepository.PartnerRow.class)
public interface ProjectRepository {

    /** The project table's columns as SQL values (enums by name, lists as arrays). */
    record Columns(Long parentProjectId, String title, String description, LocalDate periodStart,
            LocalDate periodEnd, boolean geographyNational, String[] regionCodes, String[] municipalityCodes,
            Integer targetAgeMin, Integer targetAgeMax, String[] targetGroups, String[] interventionTypes,
            String interventionOther, String[] strategies, String[] arenas, String[] purposes, String lonelinessFocus,
            String design, String[] instruments, BigDecimal costDkk, String status) {
    }

    record Row(long id, long organisationId, Long parentProjectId, String title, String description,
            LocalDate periodStart, LocalDate periodEnd, boolean geographyNational, String[] regionCodes,
            String[] municipalityCodes, Integer targetAgeMin, Integer targetAgeMax, AgeGroup ageGroup,
            String[] targetGroups, String[] interventionTypes, String interventionOther, String[] strategies,
            String[] arenas, String[] purposes, LonelinessFocus lonelinessFocus, Design design, String[] instruments,
            BigDecimal costDkk, ProjectStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record WaveRow(long id, long projectId, String name, int offsetDays) {
    }

    record CriterionRow(long projectId, String name, BigDecimal target, String unit) {
    }

    record PartnerRow(long projectId, long partnerId, PartnerRole role) {
    }

    String SELECT = """
            select id, organisation_id, parent_project_id, title, description, period_start, period_end,
                   geography_national, region_codes, municipality_codes, target_age_min, target_age_max, age_group,
                   target_groups, intervention_types, intervention_other, strategies, arenas, purposes,
                   loneliness_focus, design, instruments, cost_dkk, status, created_at, updated_at
              from project
            """;

    @SqlQuery(SELECT + " where id = :id and (organisation_id = any(:orgs) or id = any(:projects))")
    Optional<Row> find(@Bind("id") long id, @Bind("orgs") long[] orgs, @Bind("projects") long[] projects);

    @SqlQuery(SELECT + " where organisation_id = any(:orgs) or id = any(:projects) order by id")
    List<Row> list(@Bind("orgs") long[] orgs, @Bind("projects") long[] projects);

    @SqlQuery("""
            select id, project_id, name, offset_days from wave
             where project_id = any(:ids) and (organisation_id = any(:orgs) or project_id = any(:projects))
             order by project_id, ordinal
            """)
    List<WaveRow> waves(@Bind("ids") long[] projectIds, @Bind("orgs") long[] orgs, @Bind("projects") long[] projects);

    @SqlQuery("""
            select project_id, name, target, unit from project_success_criterion
             where project_id = any(:ids) and (organisation_id = any(:orgs) or project_id = any(:projects))
             order by project_id, ordinal
            """)
    List<CriterionRow> criteria(@Bind("ids") long[] projectIds, @Bind("orgs") long[] orgs,
            @Bind("projects") long[] projects);

    @SqlQuery("""
            select project_id, partner_id, role from project_partner
             where project_id = any(:ids) and (organisation_id = any(:orgs) or project_id = any(:projects))
             order by project_id, partner_id, role
            """)
    List<PartnerRow> partners(@Bind("ids") long[] projectIds, @Bind("orgs") long[] orgs,
            @Bind("projects") long[] projects);

    /**
     * Locks a project of one of the given organisations against concurrent changes and against
     * writers of its participants and responses ({@link ProjectRefRepository#lockForWriters}); returns its
     * organisation.
     */
    @SqlQuery("""
            select organisation_id from project
             where pg_advisory_xact_lock(7302, cast(:id % 2147483648 as int)) is not null
               and id = :id and organisation_id = any(:orgs)
               for update
            """)
    Optional<Long> lockForUpdate(@Bind("id") long id, @Bind("orgs") long[] orgs);

    @SqlUpdate("""
            insert into project (organisation_id, parent_project_id, title, description, period_start, period_end,
                   geography_national, region_codes, municipality_codes, target_age_min, target_age_max,
                   target_groups, intervention_types, intervention_other, strategies, arenas, purposes,
                   loneliness_focus, design, instruments, cost_dkk, status)
            values (:organisationId, :parentProjectId, :title, :description, :periodStart, :periodEnd,
                   :geographyNational, :regionCodes, :municipalityCodes, :targetAgeMin, :targetAgeMax,
                   :targetGroups, :interventionTypes, :interventionOther, :strategies, :arenas, :purposes,
                   :lonelinessFocus, :design, :instruments, :costDkk, :status)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("organisationId") long organisationId, @BindMethods Columns columns);

    @SqlUpdate("""
            update project
               set parent_project_id = :parentProjectId, title = :title, description = :description,
                   period_start = :periodStart, period_end = :periodEnd, geography_national = :geographyNational,
                   region_codes = :regionCodes, municipality_codes = :municipalityCodes,
                   target_age_min = :targetAgeMin, target_age_max = :targetAgeMax, target_groups = :targetGroups,
                   intervention_types = :interventionTypes, intervention_other = :interventionOther,
                   strategies = :strategies, arenas = :arenas, purposes = :purposes,
                   loneliness_focus = :lonelinessFocus, design = :design, instruments = :instruments,
                   cost_dkk = :costDkk, status = :status, updated_at = now()
             where id = :id and organisation_id = :organisationId
            """)
    int update(@Bind("id") long id, @Bind("organisationId") long organisationId, @BindMethods Columns columns);

    @SqlUpdate("""
            insert into wave (project_id, organisation_id, name, offset_days, ordinal)
            values (:projectId, :organisationId, :name, :offsetDays, :ordinal)
            """)
    void insertWave(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("name") String name, @Bind("offsetDays") int offsetDays, @Bind("ordinal") int ordinal);

    @SqlUpdate("""
            update wave set name = :name, offset_days = :offsetDays, ordinal = :ordinal
             where id = :id and organisation_id = :organisationId
            """)
    void updateWave(@Bind("id") long id, @Bind("organisationId") long organisationId, @Bind("name") String name,
            @Bind("offsetDays") int offsetDays, @Bind("ordinal") int ordinal);

    /** Moves every ordinal out of the way (negative) so that waves can be renumbered without clashing. */
    @SqlUpdate("update wave set ordinal = -ordinal - 1 where project_id = :projectId and organisation_id = :organisationId")
    void parkWaveOrdinals(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlUpdate("delete from wave where id = :id and organisation_id = :organisationId")
    void deleteWave(@Bind("id") long id, @Bind("organisationId") long organisationId);

    @SqlQuery("""
            select w.name from wave w
             where w.project_id = :projectId and w.organisation_id = :organisationId
               and exists (select 1 from response r where r.wave_id = w.id and r.organisation_id = :organisationId)
             order by w.ordinal
            """)
    List<String> waveNamesWithResponses(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlQuery("""
            select distinct instrument from response
             where project_id = :projectId and organisation_id = :organisationId
             order by instrument
            """)
    List<String> instrumentsWithResponses(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlQuery("""
            select count(*) from participant
             where project_id = :projectId and organisation_id = :organisationId and arm = 'CONTROL'
            """)
    long controlParticipants(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlUpdate("delete from project_success_criterion where project_id = :projectId and organisation_id = :organisationId")
    void deleteCriteria(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlUpdate("""
            insert into project_success_criterion (project_id, organisation_id, name, target, unit, ordinal)
            values (:projectId, :organisationId, :name, :target, :unit, :ordinal)
            """)
    void insertCriterion(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("name") String name, @Bind("target") BigDecimal target, @Bind("unit") String unit,
            @Bind("ordinal") int ordinal);

    @SqlUpdate("delete from project_partner where project_id = :projectId and organisation_id = :organisationId")
    void deletePartners(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);

    @SqlUpdate("""
            insert into project_partner (project_id, organisation_id, partner_id, role)
            values (:projectId, :organisationId, :partnerId, :role)
            """)
    void insertPartner(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("partnerId") long partnerId, @Bind("role") String role);

    /** Which of these organisation ids exist. Organisations are a public register, not tenant data. */
    @SqlQuery("select id from organisation where id = any(:ids)")
    List<Long> existingOrganisations(@Bind("ids") long[] ids);

    /**
     * Whether {@code parentId} is a project of the given organisations whose chain of parents
     * does not pass through {@code childId} (which would make a cycle).
     */
    @SqlQuery("""
            with recursive ancestors (id, parent_project_id) as (
                select id, parent_project_id from project where id = :parentId and organisation_id = any(:orgs)
                union
                select p.id, p.parent_project_id from project p join ancestors a on p.id = a.parent_project_id
                 where p.organisation_id = any(:orgs)
            )
            select exists (select 1 from ancestors where id = :parentId)
               and not exists (select 1 from ancestors where id = :childId)
            """)
    boolean isAcceptableParent(@Bind("parentId") long parentId, @Bind("childId") long childId,
            @Bind("orgs") long[] orgs);
}
