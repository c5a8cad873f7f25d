package dk.virkning.stats.instrument;

/**
 * A definition file or index that cannot be read or breaks a rule. Thrown at load time,
 * naming the file and the field, so a malformed definition never reaches scoring.
 */
public class InstrumentDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstrumentDefinitionException(String message) {
        super(message);
    }

    public InstrumentDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
