package dk.virkning.core.project;

/** A wave as submitted: its name and planned offset in days from enrolment. */
public record WaveDraft(String name, Integer offsetDays) {
}
