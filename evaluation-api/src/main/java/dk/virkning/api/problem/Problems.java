package dk.virkning.api.problem;

import java.util.List;

import dk.virkning.core.problem.InputProblem;
import org.springframework.http.ProblemDetail;

/** Keeps every problem answer small, whatever was sent. */
public final class Problems {

    /** At most this many problems are listed in an answer. */
    public static final int MAX_LISTED = 100;
    /** At most this many characters of anything the client sent are repeated back. */
    public static final int MAX_ECHO = 80;
    /** At most this many characters in any one message. */
    public static final int MAX_MESSAGE = 500;

    private Problems() {
    }

    /** Sets {@code errors} to the first {@value #MAX_LISTED} problems and {@code errorCount} to how many there were. */
    public static void list(ProblemDetail problem, List<InputProblem> all) {
        problem.setProperty("errors", all.stream().limit(MAX_LISTED)
                .map(p -> new InputProblem(p.field() == null ? null : echo(p.field()), p.row(), p.code(),
                        bounded(p.message())))
                .toList());
        problem.setProperty("errorCount", all.size());
    }

    /** A value the client sent, cut to {@value #MAX_ECHO} characters. */
    public static String echo(String text) {
        if (text == null) {
            return null;
        }
        return cut(text, MAX_ECHO);
    }

    /** Cut at a character boundary: never half a surrogate pair, which would be no character at all. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** A value the client sent, quoted and cut. */
    public static String quoted(String text) {
        return "'" + echo(text) + "'";
    }

    /** A message, cut to {@value #MAX_MESSAGE} characters. */
    public static String bounded(String message) {
        if (message == null) {
            return null;
        }
        return cut(message, MAX_MESSAGE);
    }
}
