package dk.virkning.core.project;

import java.util.List;
import java.util.Optional;

import dk.virkning.stats.design.Design;
import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The little that {@link ProjectAccess} reads of a project on every participant and response
 * request. Apart from {@link ProjectRepository} because Jdbi prepares every method of a
 * repository when a transaction first uses it, and these requests need only three.
 */
@JdbiRepository
@RegisterConstructorMapper(ProjectRefRepository.Header.class)
@RegisterConstructorMapper(Wave.class)
interface ProjectRefRepository {

    record Header(long id, long organisationId, Design design, String[] instruments) {
    }

    /**
     * Shares a lock with the other writers of the project's participants and responses until the
     * transaction ends; a project update ({@link ProjectRepository#lockForUpdate}) waits for them,
     * and they for it. An advisory lock rather than {@code select ... for share}: many writers
     * sharing a row lock make PostgreSQL build a new multixact for every one that joins, and write
     * the row each time. Taken in a statement of its own, before the project is read, so that the
     * read sees any update that held the lock. The id comes from the request, so it is folded into
     * the lock's 32-bit key rather than cast: two projects that share a key only wait for each other.
     */
    @SqlQuery("select pg_advisory_xact_lock_shared(7302, cast(:id % 2147483648 as int)) is not null")
    boolean lockForWriters(@Bind("id") long id);

    @SqlQuery("select id, organisation_id, design, instruments from project where id = :id and organisation_id = any(:orgs)")
    Optional<Header> header(@Bind("id") long id, @Bind("orgs") long[] orgs);

    @SqlQuery("""
            select id, name, offset_days from wave
             where project_id = :projectId and organisation_id = :organisationId
             order by ordinal
            """)
    List<Wave> waves(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId);
}
