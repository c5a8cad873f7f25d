package dk.virkning.batch.evaluation;

import java.util.List;

/** One evaluation_run row per evaluated project of a chunk, as parallel arrays for {@link EvaluationResultRepository#recordRuns}. */
public record RunColumns(long[] projectIds, long[] organisationIds, int[] responseCounts, int[] resultCounts) {

    static RunColumns of(List<ProjectEvaluation> evaluations) {
        int size = evaluations.size();
        RunColumns c = new RunColumns(new long[size], new long[size], new int[size], new int[size]);
        for (int i = 0; i < size; i++) {
            ProjectEvaluation evaluation = evaluations.get(i);
            c.projectIds[i] = evaluation.projectId();
            c.organisationIds[i] = evaluation.organisationId();
            c.responseCounts[i] = evaluation.responseCount();
            c.resultCounts[i] = evaluation.cells().size();
        }
        return c;
    }
}
