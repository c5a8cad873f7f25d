package dk.virkning.core.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A registered participant. After erasure the demographics are gone (null / UNKNOWN) and
 * {@code erasedAt} marks when; the code, arm, consent and dates stay so that attrition can still
 * be counted.
 */
public record Participant(
        long id,
        long projectId,
        String code,
        Arm arm,
        boolean consentEvaluation,
        boolean consentResearch,
        LocalDate consentDate,
        Integer birthYear,
        Gender gender,
        String municipalityCode,
        RecruitmentChannel recruitmentChannel,
        LocalDate enrolledOn,
        LocalDate droppedOutOn,
        String dropoutReason,
        OffsetDateTime erasedAt,
        OffsetDateTime createdAt) {

    public boolean erased() {
        return erasedAt != null;
    }
}
