package dk.virkning.batch.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stored reports (table report, V8): the latest rendering per target, language, audience and parameters. */
@JdbiRepository
@RegisterConstructorMapper(ReportRepository.Stored.class)
public interface ReportRepository {

    record Stored(byte[] bytes, String sha256, OffsetDateTime createdAt) {
    }

    /** Stores a rendering, replacing the previous one of the same target, language, audience and parameters. */
    @SqlUpdate("""
            insert into report (kind, target_id, organisation_id, language, audience, parameters, sha256, bytes,
                                job_execution_id, created_at)
            values (:kind, :targetId, :organisationId, :language, :audience, cast(:parameters as jsonb), :sha256, :bytes,
                    :jobExecutionId, now())
            on conflict (kind, target_id, language, audience, parameters) do update
               set organisation_id = excluded.organisation_id, sha256 = excluded.sha256, bytes = excluded.bytes,
                   job_execution_id = excluded.job_execution_id, created_at = excluded.created_at
            """)
    void store(@Bind("kind") String kind, @Bind("targetId") long targetId, @Bind("organisationId") long organisationId,
            @Bind("language") String language, @Bind("audience") String audience, @Bind("parameters") String parameters,
            @Bind("sha256") String sha256, @Bind("bytes") byte[] bytes, @Bind("jobExecutionId") Long jobExecutionId);

    @SqlQuery("""
            select bytes, sha256, created_at from report
             where kind = :kind and target_id = :targetId and organisation_id = :org and language = :language
               and audience = :audience and parameters = cast(:parameters as jsonb)
            """)
    Optional<Stored> find(@Bind("kind") String kind, @Bind("targetId") long targetId, @Bind("org") long organisationId,
            @Bind("language") String language, @Bind("audience") String audience, @Bind("parameters") String parameters);

    /** Projects (not archived) for an "all" run, in id order. */
    @SqlQuery("select id from project where status <> 'ARCHIVED' order by id")
    List<Long> allProjects();

    @SqlQuery("select id from grant_pool order by id")
    List<Long> allPools();

    @SqlQuery("select id from project where organisation_id = any(:orgs) and status <> 'ARCHIVED' order by id")
    List<Long> projectsOf(@Bind("orgs") long[] organisations);

    @SqlQuery("select id from grant_pool where organisation_id = any(:orgs) order by id")
    List<Long> poolsOf(@Bind("orgs") long[] organisations);

    /** Whether any grant pool funds the project with its consent (V9): then a funder edition is rendered too. */
    @SqlQuery("select exists (select 1 from consented_grant where project_id = :projectId and organisation_id = :org)")
    boolean funded(@Bind("projectId") long projectId, @Bind("org") long organisationId);
}
