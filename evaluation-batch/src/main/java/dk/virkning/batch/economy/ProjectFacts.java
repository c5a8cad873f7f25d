package dk.virkning.batch.economy;

import java.math.BigDecimal;

/**
 * What the economy needs from the registry about a project.
 *
 * @param design the evaluation design
 * @param costDkk the registered cost, or null
 * @param participants non-erased participants
 * @param interventionParticipants non-erased participants in the intervention arm
 */
public record ProjectFacts(String design, BigDecimal costDkk, int participants, int interventionParticipants) {
}
