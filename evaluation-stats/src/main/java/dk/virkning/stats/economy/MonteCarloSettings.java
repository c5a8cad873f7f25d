package dk.virkning.stats.economy;

/**
 * How the Monte Carlo runs. The seed is recorded with every estimate, so the same inputs,
 * set, seed and draws give the same intervals on any machine.
 *
 * @param seed the seed of the Well19937c generator
 * @param draws number of draws, at least {@value #MIN_DRAWS}
 */
public record MonteCarloSettings(long seed, int draws) {

    /** At least 10,000 draws (docs/methods.md §7.5). */
    public static final int MIN_DRAWS = 10_000;

    /** The platform's default seed (recorded with every estimate). */
    public static final long DEFAULT_SEED = 20_250_601L;

    /** The default: {@value #DEFAULT_SEED}, {@value #MIN_DRAWS} draws. */
    public static final MonteCarloSettings DEFAULT = new MonteCarloSettings(DEFAULT_SEED, MIN_DRAWS);

    public MonteCarloSettings {
        if (draws < MIN_DRAWS) {
            throw new IllegalArgumentException("draws must be at least " + MIN_DRAWS + ", got " + draws);
        }
    }
}
