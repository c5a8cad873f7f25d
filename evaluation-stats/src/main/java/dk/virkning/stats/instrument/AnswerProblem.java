package dk.virkning.stats.instrument;

import java.util.Objects;

/**
 * One problem of a submitted answer map, for a 4xx response or an import error list.
 *
 * @param itemKey the exact key the problem concerns (null only for an answer given
 *     without a key)
 * @param code a stable machine-readable code
 * @param message a precise English message, e.g.
 *     "WHO5 item 3: 7 is not an allowed answer (allowed: 0, 1, 2, 3, 4, 5)"
 */
public record AnswerProblem(String itemKey, Code code, String message) {

    public AnswerProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** What is wrong. */
    public enum Code {
        /** A key that is not one of the instrument's items (or no key at all). */
        UNKNOWN_ITEM,
        /** A value that is not one of the item's answer values. */
        VALUE_NOT_ALLOWED,
        /**
         * An unanswered item, reported only when more items are missing than the
         * instrument allows, i.e. when the answers cannot be scored. An API that stores
         * incomplete responses may accept this code and store the answers unscored.
         */
        MISSING_ITEM
    }
}
