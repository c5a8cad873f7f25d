package dk.virkning.batch.evaluation;

import java.util.List;

/** The evaluation of one project: its result cells and how many responses they came from. */
public record ProjectEvaluation(long projectId, long organisationId, int responseCount, List<EvaluationCell> cells) {
}
