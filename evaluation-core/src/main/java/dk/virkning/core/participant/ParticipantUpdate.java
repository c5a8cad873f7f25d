package dk.virkning.core.participant;

import java.time.LocalDate;

/** A participant's drop-out: the date and, optionally, the reason. Both null clears a drop-out recorded by mistake. */
public record ParticipantUpdate(LocalDate droppedOutOn, String dropoutReason) {
}
