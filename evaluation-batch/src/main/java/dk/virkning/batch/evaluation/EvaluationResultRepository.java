package dk.virkning.batch.evaluation;

import org.jdbi.v3.spring.JdbiRepository;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Writes the evaluation job's results; a project's rows are always replaced as a whole. Each
 * method takes a whole chunk of projects and is one statement, with the rows as columns of
 * arrays unnested by PostgreSQL. Rows are updated in place where the cell exists already and
 * the cells a project no longer has are deleted afterwards: at national scale this costs the
 * server about half of deleting and re-inserting every row, mostly because an update that keeps
 * the keys needs no foreign-key checks (docs/benchmarks.md, "Batch jobs at national scale").
 */
@JdbiRepository
public interface EvaluationResultRepository {

    @SqlUpdate("""
            insert into evaluation_result (project_id, organisation_id, instrument, baseline_wave_id, later_wave_id,
                                           subgroup_type, subgroup_value, analysis, n, caution, suppressed,
                                           statistics, job_execution_id, computed_at)
            select r.project_id, r.organisation_id, r.instrument, r.baseline_wave_id, r.later_wave_id,
                   r.subgroup_type, r.subgroup_value, r.analysis, r.n, r.caution, r.suppressed,
                   r.statistics, :jobExecutionId, now()
              from unnest(:projectIds, :organisationIds, :instruments, :baselineWaveIds, :laterWaveIds,
                          :subgroupTypes, :subgroupValues, :analyses, :ns, :cautions, :suppressed,
                          cast(:statistics as jsonb[]))
                   as r(project_id, organisation_id, instrument, baseline_wave_id, later_wave_id, subgroup_type,
                        subgroup_value, analysis, n, caution, suppressed, statistics)
            on conflict (project_id, instrument, baseline_wave_id, later_wave_id, subgroup_type, subgroup_value,
                         analysis) do update
               set organisation_id = excluded.organisation_id, n = excluded.n, caution = excluded.caution,
                   suppressed = excluded.suppressed, statistics = excluded.statistics,
                   job_execution_id = excluded.job_execution_id, computed_at = excluded.computed_at
            """)
    int upsert(@BindMethods ResultColumns rows, @Bind("jobExecutionId") Long jobExecutionId);

    /** Deletes the projects' rows this execution did not write: cells that no longer exist. */
    @SqlUpdate("""
            delete from evaluation_result
             where project_id = any(:projectIds) and job_execution_id is distinct from :jobExecutionId
            """)
    int deleteOthers(@Bind("projectIds") long[] projectIds, @Bind("jobExecutionId") Long jobExecutionId);
    @SqlUpdate("""
            insert into evaluation_run (project_id, organisation_id, job_execution_id, computed_at, response_count,
                                        result_count)
            select r.project_id, r.organisation_id, :jobExecutionId, now(), r.response_count, r.result_count
              from unnest(:projectIds, :organisationIds, :responseCounts, :resultCounts)
                   as r(project_id, organisation_id, response_count, result_count)
            on conflict (project_id) do update
               set job_execution_id = excluded.job_execution_id, computed_at = excluded.computed_at,
                   response_count = excluded.response_count, result_count = excluded.result_count
            """)
    void recordRuns(@BindMethods RunColumns runs, @Bind("jobExecutionId") Long jobExecutionId);
}
