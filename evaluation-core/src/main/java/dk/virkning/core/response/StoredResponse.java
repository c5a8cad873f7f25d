package dk.virkning.core.response;

/**
 * The result of one submission of a batch.
 *
 * @param index    the submission's position in the batch, from 0
 * @param outcome  created, replaced or unchanged
 * @param response the response as stored now; {@code null} for an import, which needs only the outcomes
 *                 and would otherwise read back every response it wrote
 */
public record StoredResponse(int index, ResponseOutcome outcome, Response response) {
}
