package dk.virkning.core.importing;

/** The two table layouts an import file may have, detected from its header. */
public enum ImportFormat {
    /** One item answer per row: participant, wave, instrument, answered_on, item, value. */
    LONG,
    /** One row per participant and wave, with item columns such as WHO5_1 or LIFE_SAT_1. */
    WIDE
}
