package dk.virkning.stats.paired;

/**
 * Which way an instrument's score moves when things get better: up for WHO-5, down for loneliness
 * scales such as T-ILS, UCLA and De Jong Gierveld.
 */
public enum ImprovementDirection {
    HIGHER_IS_BETTER(1),
    LOWER_IS_BETTER(-1);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** The change expressed as improvement: positive when the participant got better. */
    public double improvement(double change) {
        return sign * change;
    }
}
