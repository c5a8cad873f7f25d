package dk.virkning.core.problem;

/** The request is well-formed but clashes with existing data (a duplicate code, an e-mail already in use). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
