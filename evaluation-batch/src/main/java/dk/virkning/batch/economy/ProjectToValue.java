package dk.virkning.batch.economy;

/** A project the economy job values: one item of the job's reader, written {@code 12:3} (project, organisation). */
public record ProjectToValue(long projectId, long organisationId) {

    static ProjectToValue parse(String text) {
        int colon = text.indexOf(':');
        return new ProjectToValue(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return projectId + ":" + organisationId;
    }
}
