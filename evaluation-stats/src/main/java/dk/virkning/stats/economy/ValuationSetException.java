package dk.virkning.stats.economy;

/** A valuation set file that is missing, malformed or inconsistent; the message names the file and field. */
public class ValuationSetException extends RuntimeException {

    public ValuationSetException(String message) {
        super(message);
    }

    public ValuationSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
