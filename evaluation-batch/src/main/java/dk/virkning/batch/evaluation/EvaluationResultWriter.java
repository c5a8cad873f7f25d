package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Replaces the results of a chunk's projects inside the chunk's transaction, in three
 * statements for the whole chunk: write every cell (updating the cells that exist), delete the
 * cells this execution did not write, record the runs. A crash before the commit leaves the
 * previous results untouched; after it, the new ones are complete. Running the job again for
 * the same data writes the same rows.
 */
class EvaluationResultWriter implements ItemWriter<ProjectEvaluation> {

    private final EvaluationResultRepository results;
    private final Long jobExecutionId;

    EvaluationResultWriter(EvaluationResultRepository results, Long jobExecutionId) {
        this.results = results;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends ProjectEvaluation> chunk) {
        // A project listed twice in the job's parameter may come twice in one chunk: the last one counts.
        Map<Long, ProjectEvaluation> byProject = new LinkedHashMap<>();
        for (ProjectEvaluation evaluation : chunk) {
            byProject.put(evaluation.projectId(), evaluation);
        }
        if (byProject.isEmpty()) {
            return;
        }
        List<ProjectEvaluation> evaluations = new ArrayList<>(byProject.values());
        ResultColumns rows = ResultColumns.of(evaluations);
        if (rows.size() > 0) {
            results.upsert(rows, jobExecutionId);
        }
        results.deleteOthers(byProject.keySet().stream().mapToLong(Long::longValue).toArray(), jobExecutionId);
        results.recordRuns(RunColumns.of(evaluations), jobExecutionId);
    }
}
