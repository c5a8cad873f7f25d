package dk.virkning.core.problem;

import java.util.List;

/**
 * User input that cannot be accepted. Thrown before anything is written (or inside the
 * transaction, which then rolls back), and reported as a 4xx problem detail listing every problem.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems, first: " + problems.get(0).message();
    }
}
