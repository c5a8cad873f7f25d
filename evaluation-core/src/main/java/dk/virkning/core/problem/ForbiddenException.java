package dk.virkning.core.problem;

/** The caller is known, and the resource is visible to them, but the action needs another role. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
