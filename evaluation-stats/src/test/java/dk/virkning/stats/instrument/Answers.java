package dk.virkning.stats.instrument;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds answer maps for tests: values in item order, keyed "1".."n"; null means unanswered. */
final class Answers {

    private Answers() {
    }

    /** {@code of(4, 3, 3, 2, 1)} → {"1": 4, "2": 3, "3": 3, "4": 2, "5": 1}; a null value is a missing key. */
    static Map<String, Integer> of(Integer... values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(Integer.toString(i + 1), values[i]);
            }
        }
        return answers;
    }

    /** Like {@link #of} but keeps null values as keys mapped to null, as a CSV import may. */
    static Map<String, Integer> withNulls(Integer... values) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(Integer.toString(i + 1), values[i]);
        }
        return answers;
    }
}
