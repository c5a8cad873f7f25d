package dk.virkning.batch.economy;

import java.math.BigDecimal;

/**
 * What the economy needs from the registry about a project.
 *
 * @param design the evaluation design
 * @param costDkk the registered cost, or null
 * @param participants non-erased participants
 * @param interventionParticipants non-erased participants in the intervention arm
 * @param participantsAged16To64 of the participants, those aged 16-64 in the year they enrolled
 * @param interventionParticipantsAged16To64 of the intervention arm, those aged 16-64 in the year they enrolled
 */
public record ProjectFacts(String design, BigDecimal costDkk, int participants, int interventionParticipants,
        int participantsAged16To64, int interventionParticipantsAged16To64) {
}
