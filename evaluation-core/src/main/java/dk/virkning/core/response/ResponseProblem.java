package dk.virkning.core.response;

import dk.virkning.core.problem.InputProblem;

/**
 * A problem of one submission in a batch. The problem's field names the submission's own field
 * ({@code participantCode}, {@code wave}, {@code instrument}, {@code answeredOn}, {@code items},
 * {@code items.3}), so that an import can map it to the file's row and column.
 *
 * @param index the submission's position in the batch, from 0
 */
public record ResponseProblem(int index, InputProblem problem) {
}
