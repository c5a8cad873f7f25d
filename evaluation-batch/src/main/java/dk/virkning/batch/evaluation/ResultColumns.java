package dk.virkning.batch.evaluation;

import java.util.List;

import dk.virkning.stats.contract.ContractJson;

/**
 * Result rows of a chunk as parallel arrays, one per column of evaluation_result, ready to bind
 * to {@link EvaluationResultRepository#insert}; the statistics already as JSON.
 */
public record ResultColumns(long[] projectIds, long[] organisationIds, String[] instruments, long[] baselineWaveIds,
                     long[] laterWaveIds, String[] subgroupTypes, String[] subgroupValues, String[] analyses,
                     int[] ns, Boolean[] cautions, Boolean[] suppressed, String[] statistics) {

    /** The cells of the given evaluations. */
    static ResultColumns of(List<ProjectEvaluation> evaluations) {
        int size = evaluations.stream().mapToInt(e -> e.cells().size()).sum();
        ResultColumns c = new ResultColumns(new long[size], new long[size], new String[size], new long[size],
                new long[size], new String[size], new String[size], new String[size], new int[size],
                new Boolean[size], new Boolean[size], new String[size]);
        int i = 0;
        for (ProjectEvaluation evaluation : evaluations) {
            for (EvaluationCell cell : evaluation.cells()) {
                c.projectIds[i] = evaluation.projectId();
                c.organisationIds[i] = evaluation.organisationId();
                c.instruments[i] = cell.instrument();
                c.baselineWaveIds[i] = cell.baselineWaveId();
                c.laterWaveIds[i] = cell.laterWaveId();
                c.subgroupTypes[i] = cell.subgroup().type();
                c.subgroupValues[i] = cell.subgroup().value();
                c.analyses[i] = cell.analysis().name();
                c.ns[i] = cell.n();
                c.cautions[i] = cell.caution();
                c.suppressed[i] = cell.suppressed();
                c.statistics[i] = ContractJson.write(cell.statistics());
                i++;
            }
        }
        return c;
    }

    int size() {
        return projectIds.length;
    }
}
