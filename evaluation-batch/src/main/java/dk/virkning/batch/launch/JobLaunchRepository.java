package dk.virkning.batch.launch;

import java.util.Optional;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@JdbiRepository
public interface JobLaunchRepository {

    @SqlUpdate("""
            insert into job_launch (job_execution_id, job_name, user_id, trigger, project_ids)
            values (:executionId, :jobName, :userId, :trigger, :projectIds)
            on conflict (job_execution_id) do nothing
            """)
    void record(@Bind("executionId") long executionId, @Bind("jobName") String jobName, @Bind("userId") Long userId,
            @Bind("trigger") String trigger, @Bind("projectIds") long[] projectIds);

    @SqlQuery("select user_id from job_launch where job_execution_id = :executionId")
    Optional<Long> launchedBy(@Bind("executionId") long executionId);

    /** How many of the given projects belong to the given organisations. */
    @SqlQuery("select count(*) from project where id = any(:projectIds) and organisation_id = any(:orgs)")
    int countOwned(@Bind("projectIds") long[] projectIds, @Bind("orgs") long[] organisations);

    /** How many of the given grant pools belong to the given organisations. */
    @SqlQuery("select count(*) from grant_pool where id = any(:poolIds) and organisation_id = any(:orgs)")
    int countOwnedPools(@Bind("poolIds") long[] poolIds, @Bind("orgs") long[] organisations);

    /** One row per project: JDBI collects the rows into the array (a single array-valued row would not map to long). */
    @SqlQuery("select id from project where organisation_id = any(:orgs) and status <> 'ARCHIVED' order by id")
    long[] projectsOf(@Bind("orgs") long[] organisations);
}
