package dk.virkning.batch.evaluation;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Loads one project's data and evaluates it. */
class ProjectEvaluationProcessor implements ItemProcessor<Long, ProjectEvaluation> {

    private final EvaluationDataRepository data;
    private final ProjectEvaluator evaluator;

    ProjectEvaluationProcessor(EvaluationDataRepository data, ProjectEvaluator evaluator) {
        this.data = data;
        this.evaluator = evaluator;
    }

    /** Runs inside the chunk's transaction, so the project lock is held until its results are written. */
    @Override
    public ProjectEvaluation process(Long projectId) {
        data.lockForEvaluation(projectId);
        ProjectDataset dataset = data.load(projectId);
        if (dataset.project() == null) {
            return null; // deleted since the job started: nothing to write
        }
        return new ProjectEvaluation(projectId, dataset.project().organisationId(), dataset.responses().size(),
                evaluator.evaluate(dataset));
    }
}
