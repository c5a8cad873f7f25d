package dk.virkning.core.project;

/** A named measurement point of a project (baseline = offset 0, post, follow-up, …), in offset order. */
public record Wave(long id, String name, int offsetDays) {
}
