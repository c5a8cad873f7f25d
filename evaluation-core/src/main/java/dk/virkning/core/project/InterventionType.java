package dk.virkning.core.project;

/** What the initiative offers (docs/domain.md, typology); {@code OTHER} needs a description in the project's interventionOther. */
public enum InterventionType {
    COUNSELLING,
    MEETING_PLACE,
    VISITING_FRIEND_MENTOR,
    ACTIVITY,
    CONVERSATION_TREATMENT,
    SOCIAL_FORUM,
    COURSE,
    DATABASE,
    OTHER
}
