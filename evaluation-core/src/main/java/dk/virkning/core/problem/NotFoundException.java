package dk.virkning.core.problem;

/**
 * The resource does not exist, or the caller may not know that it exists. Other organisations'
 * resources are reported as not found rather than forbidden, so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
