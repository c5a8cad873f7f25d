package dk.virkning.batch.evaluation;

import java.util.List;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Writes the evaluation job's results; a project's rows are always replaced as a whole. */
@JdbiRepository
public interface EvaluationResultRepository {

    /** One row of evaluation_result, with the statistics already as JSON. */
    record ResultRow(long projectId, long organisationId, String instrument, long baselineWaveId, long laterWaveId,
                     String subgroupType, String subgroupValue, String analysis, int n, boolean caution,
                     boolean suppressed, String statistics, Long jobExecutionId) {
    }

    @SqlUpdate("delete from evaluation_result where project_id = :projectId")
    int deleteForProject(@Bind("projectId") long projectId);

    @SqlBatch("""
            insert into evaluation_result (project_id, organisation_id, instrument, baseline_wave_id, later_wave_id,
                                           subgroup_type, subgroup_value, analysis, n, caution, suppressed,
                                           statistics, job_execution_id)
            values (:projectId, :organisationId, :instrument, :baselineWaveId, :laterWaveId,
                    :subgroupType, :subgroupValue, :analysis, :n, :caution, :suppressed,
                    cast(:statistics as jsonb), :jobExecutionId)
            """)
    void insert(@BindMethods List<ResultRow> rows);

    @SqlUpdate("""
            insert into evaluation_run (project_id, organisation_id, job_execution_id, computed_at, response_count, result_count)
            values (:projectId, :organisationId, :jobExecutionId, now(), :responseCount, :resultCount)
            on conflict (project_id) do update
               set job_execution_id = excluded.job_execution_id, computed_at = excluded.computed_at,
                   response_count = excluded.response_count, result_count = excluded.result_count
            """)
    void recordRun(@Bind("projectId") long projectId, @Bind("organisationId") long organisationId,
            @Bind("jobExecutionId") Long jobExecutionId, @Bind("responseCount") int responseCount,
            @Bind("resultCount") int resultCount);
}
