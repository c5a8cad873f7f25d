package dk.virkning.core.participant;

/** How a participant found the initiative (opsporing). HEALTH_REFERRAL is a GP or hospital. */
public enum RecruitmentChannel {
    PREVENTIVE_HOME_VISIT,
    MUNICIPAL_REFERRAL,
    HEALTH_REFERRAL,
    ADVERTISEMENT,
    FLYER,
    WORD_OF_MOUTH,
    REGISTER_OUTREACH,
    ONLINE,
    SELF_REFERRAL,
    OTHER
}
