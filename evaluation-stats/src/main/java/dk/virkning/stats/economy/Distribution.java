package dk.virkning.stats.economy;

/** How a parameter is drawn in the Monte Carlo. */
public enum Distribution {
    /** Uniform between low and high. */
    UNIFORM,
    /** Triangular with mode at the value, between low and high. */
    TRIANGULAR,
    /** Not drawn: a definitional constant, always the value. */
    FIXED
}
