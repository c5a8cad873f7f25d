package dk.virkning.core.response;

/** Which door a response came in by. */
public enum SourceKind {
    FORM,
    API,
    IMPORT
}
