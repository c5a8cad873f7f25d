package dk.virkning.core.importing;

/**
 * Published once for every import that stored a file's responses, from inside the import's
 * transaction. Listen with {@code @TransactionalEventListener} (after commit, the default phase),
 * so that a listener never sees an import that was rolled back. Not published for a rejected file
 * or for a file that was already imported.
 *
 * @param projectId the project whose responses changed
 * @param importId  the import_batch id
 */
public record ResponsesImported(long projectId, long importId) {
}
