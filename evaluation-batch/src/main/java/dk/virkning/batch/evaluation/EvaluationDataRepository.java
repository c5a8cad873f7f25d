package dk.virkning.batch.evaluation;

import java.util.List;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reads a project's data for the evaluation job. The job runs on behalf of the platform, not of
 * a user, so these queries are scoped by project (each project belongs to exactly one
 * organisation, recorded on every row written).
 */
@JdbiRepository
@RegisterRowMapper(ProjectDatasetRows.ProjectMapper.class)
@RegisterRowMapper(ProjectDatasetRows.WaveMapper.class)
@RegisterRowMapper(ProjectDatasetRows.ParticipantMapper.class)
@RegisterRowMapper(ProjectDatasetRows.ScoredResponseMapper.class)
public interface EvaluationDataRepository {

    @SqlQuery("select id from project where status <> 'ARCHIVED' order by id")
    List<Long> evaluableProjectIds();

    @SqlQuery("select id, organisation_id, design, instruments from project where id = :projectId")
    ProjectDataset.Project project(@Bind("projectId") long projectId);

    @SqlQuery("select id, name, offset_days, ordinal from wave where project_id = :projectId order by offset_days, ordinal")
    List<ProjectDataset.Wave> waves(@Bind("projectId") long projectId);

    @SqlQuery("""
            select id, arm, gender, birth_year, recruitment_channel, enrolled_on
              from participant
             where project_id = :projectId and erased_at is null
             order by id
            """)
    List<ProjectDataset.Participant> participants(@Bind("projectId") long projectId);

    /**
     * Joining on the project as well lets PostgreSQL read only the project's participants: without
     * it, it hash-joined a scan of every participant for large projects (60 ms instead of 3 ms).
     */
    @SqlQuery("""
            select r.participant_id, r.wave_id, r.instrument, r.score, r.items::text
              from response r
              join participant p on p.id = r.participant_id and p.project_id = r.project_id
             where r.project_id = :projectId and p.erased_at is null
             order by r.participant_id, r.wave_id, r.instrument
            """)
    List<ProjectDataset.ScoredResponse> responses(@Bind("projectId") long projectId);

    /**
     * Serialises evaluations of one project until the transaction ends: two jobs evaluating the
     * same project at once (an import's and the nightly run) then write one after the other, and
     * the later one has read the later data. Projects are locked in ascending id order within a
     * chunk, so concurrent jobs cannot deadlock.
     */
    @SqlQuery("select pg_advisory_xact_lock(7301, cast(:projectId as int)) is not null")
    boolean lockForEvaluation(@Bind("projectId") long projectId);

    default ProjectDataset load(long projectId) {
        return new ProjectDataset(project(projectId), waves(projectId), participants(projectId), responses(projectId));
    }
}
