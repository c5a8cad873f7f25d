package dk.virkning.core.importing;

/**
 * Ends the reading of a file that cannot be parsed at all (too many rows, not a workbook, ...).
 * Never leaves the package: {@link ImportParser} turns it into the file's single problem.
 */
final class RejectedFileException extends RuntimeException {

    private final transient ImportProblem problem;

    RejectedFileException(ImportProblem problem) {
        // No stack trace: this is an expected outcome, not a fault.
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
