package dk.virkning.core.response;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A stored response with the score the instrument's definition gave it when it was stored.
 *
 * @param items      item key → answer, in item order
 * @param score      the score on the instrument's scale (WHO5 0-100, TILS 3-9, …)
 * @param categories ids of the cut-off categories the score falls in (e.g. LOW_WELLBEING)
 * @param isCase     whether the score meets the instrument's primary cut-off; null if it has none
 * @param importId   the import batch for source IMPORT, else null
 */
public record Response(
        long id,
        String participantCode,
        String wave,
        String instrument,
        String instrumentVersion,
        LocalDate answeredOn,
        ResponseMode mode,
        SourceKind source,
        Long importId,
        Map<String, Integer> items,
        Double score,
        List<String> categories,
        Boolean isCase,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Response {
        categories = List.copyOf(categories);
    }
}
