package dk.virkning.core.participant;

import java.time.LocalDate;

/**
 * A participant as submitted for registration. Null means "not given": arm defaults to
 * INTERVENTION, consentResearch to false and gender to UNKNOWN; consentEvaluation must be true.
 */
public record ParticipantDraft(
        String code,
        Arm arm,
        Boolean consentEvaluation,
        Boolean consentResearch,
        LocalDate consentDate,
        Integer birthYear,
        Gender gender,
        String municipalityCode,
        RecruitmentChannel recruitmentChannel,
        LocalDate enrolledOn) {
}
