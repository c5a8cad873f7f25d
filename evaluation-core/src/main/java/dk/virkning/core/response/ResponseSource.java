package dk.virkning.core.response;

/**
 * Where a batch of responses comes from; an import names its import_batch row.
 *
 * @param kind     FORM, API or IMPORT
 * @param importId the import_batch id for IMPORT, else null
 */
public record ResponseSource(SourceKind kind, Long importId) {

    public ResponseSource {
        if (kind == null) {
            throw new IllegalArgumentException("a response source needs its kind");
        }
        if ((kind == SourceKind.IMPORT) != (importId != null)) {
            throw new IllegalArgumentException("an import id is given exactly for IMPORT sources");
        }
    }

    public static ResponseSource api() {
        return new ResponseSource(SourceKind.API, null);
    }

    public static ResponseSource form() {
        return new ResponseSource(SourceKind.FORM, null);
    }

    public static ResponseSource imported(long importId) {
        return new ResponseSource(SourceKind.IMPORT, importId);
    }
}
