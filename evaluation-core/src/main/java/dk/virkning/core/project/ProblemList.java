package dk.virkning.core.project;

import java.util.ArrayList;
import java.util.List;

import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;

/**
 * Collects every problem of one input before anything is written, so that the caller learns
 * all of them at once. Also normalises free text the same way everywhere: trimmed, blank is
 * absent, bounded length, and no control characters (PostgreSQL refuses NUL in text, and a
 * stray control character in a code or title is never intended).
 */
public final class ProblemList {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    public static final String NOT_ALLOWED = "NOT_ALLOWED";

    private final List<InputProblem> problems = new ArrayList<>();

    public void add(String field, String code, String message) {
        problems.add(InputProblem.field(field, code, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<InputProblem> toList() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A single-line text: trimmed, null when blank; a problem when required and absent, too long or with control characters. */
    public String line(String field, String value, boolean required, int maxLength) {
        return text(field, value, required, maxLength, false);
    }

    /** Like {@link #line} but tabs and line breaks are allowed (descriptions, reasons). */
    public String paragraph(String field, String value, boolean required, int maxLength) {
        return text(field, value, required, maxLength, true);
    }

    private String text(String field, String value, boolean required, int maxLength, boolean multiline) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                add(field, REQUIRED, "Field '" + field + "' is required.");
            }
            return null;
        }
        if (trimmed.length() > maxLength) {
            add(field, TOO_LONG, "Field '" + field + "' is " + trimmed.length() + " characters long; at most "
                    + maxLength + " are allowed.");
            return null;
        }
        boolean control = trimmed.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            add(field, INVALID_VALUE, "Field '" + field + "' contains control characters.");
            return null;
        }
        return trimmed;
    }
}
