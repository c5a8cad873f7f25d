package dk.virkning.stats.instrument;

/** A request for an instrument id the catalog does not hold; the API answers it with 4xx. */
public class UnknownInstrumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String instrumentId;

    public UnknownInstrumentException(String instrumentId, String message) {
        super(message);
        this.instrumentId = instrumentId;
    }

    /** The id that was asked for. */
    public String instrumentId() {
        return instrumentId;
    }
}
