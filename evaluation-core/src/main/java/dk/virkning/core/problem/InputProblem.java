package dk.virkning.core.problem;

/**
 * One precise problem with user input.
 *
 * @param field   the JSON pointer-like path of the offending field ({@code items.3},
 *                {@code participantCode}), or the column name for file imports
 * @param row     the 1-based row of an imported file (header = row 1), or {@code null}
 * @param code    a stable machine-readable code, e.g. {@code VALUE_NOT_ALLOWED}
 * @param message a human-readable English message naming the value and what is allowed
 */
public record InputProblem(String field, Integer row, String code, String message) {

    public static InputProblem field(String field, String code, String message) {
        return new InputProblem(field, null, code, message);
    }

    public static InputProblem cell(int row, String column, String code, String message) {
        return new InputProblem(column, row, code, message);
    }
}
