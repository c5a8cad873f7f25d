package dk.virkning.core.response;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response as parsed from a request or a file row, not yet checked: participant × wave ×
 * instrument with the item answers. Wave names and instrument ids are matched without regard to
 * case; a null mode means STAFF_ENTERED; an item mapped to null is unanswered.
 */
public record ResponseSubmission(
        String participantCode,
        String wave,
        String instrument,
        LocalDate answeredOn,
        ResponseMode mode,
        Map<String, Integer> items) {

    public ResponseSubmission {
        // LinkedHashMap rather than Map.copyOf: null keys and values are input to report, not to crash on.
        items = items == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }
}
