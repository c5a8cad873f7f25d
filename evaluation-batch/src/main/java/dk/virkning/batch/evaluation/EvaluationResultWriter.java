package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces each evaluated project's results: delete, then insert, inside the chunk's
 * transaction. A crash before the commit leaves the previous results untouched; after it, the
 * new ones are complete. Running the job again for the same data writes the same rows.
 */
class EvaluationResultWriter implements ItemWriter<ProjectEvaluation> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EvaluationResultRepository results;
    private final Long jobExecutionId;

    EvaluationResultWriter(EvaluationResultRepository results, Long jobExecutionId) {
        this.results = results;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends ProjectEvaluation> chunk) {
        for (ProjectEvaluation evaluation : chunk) {
            results.deleteForProject(evaluation.projectId());
            List<EvaluationResultRepository.ResultRow> rows = new ArrayList<>(evaluation.cells().size());
            for (EvaluationCell cell : evaluation.cells()) {
                rows.add(new EvaluationResultRepository.ResultRow(evaluation.projectId(), evaluation.organisationId(),
                        cell.instrument(), cell.baselineWaveId(), cell.laterWaveId(), cell.subgroup().type(),
                        cell.subgroup().value(), cell.analysis().name(), cell.n(), cell.caution(), cell.suppressed(),
                        JSON.writeValueAsString(cell.statistics()), jobExecutionId));
            }
            if (!rows.isEmpty()) {
                results.insert(rows);
            }
            results.recordRun(evaluation.projectId(), evaluation.organisationId(), jobExecutionId,
                    evaluation.responseCount(), rows.size());
        }
    }
}
