package dk.virkning.core.response;

import java.util.List;

import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;

/**
 * Submissions refused; nothing was written. {@link #indexedProblems()} has every problem with
 * its submission's index. As an {@link InvalidInputException} (a 422 in the API) the fields are
 * the submission's own for a single submission ({@code items.3}) and prefixed with
 * {@code responses.<index>.} for a batch of several.
 */
public class InvalidResponsesException extends InvalidInputException {

    private final List<ResponseProblem> indexed;

    public InvalidResponsesException(List<ResponseProblem> indexed, int batchSize) {
        super(flatten(indexed, batchSize));
        this.indexed = List.copyOf(indexed);
    }

    public List<ResponseProblem> indexedProblems() {
        return indexed;
    }

    private static List<InputProblem> flatten(List<ResponseProblem> indexed, int batchSize) {
        return indexed.stream().map(p -> batchSize == 1 ? p.problem()
                : new InputProblem("responses." + p.index() + "." + p.problem().field(), p.problem().row(),
                        p.problem().code(), p.problem().message()))
                .toList();
    }
}
