package dk.virkning.batch.economy;

import dk.virkning.stats.economy.MonteCarloSettings;
import dk.virkning.stats.economy.ValuationSet;
import dk.virkning.stats.economy.ValuationSetException;
import dk.virkning.stats.economy.ValuationSets;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The economy job's parameters, all optional:
 * <ul>
 * <li>{@value #VALUATION_SET}: the set's key, e.g. {@code DK-2026.1}; default: the current set;</li>
 * <li>{@value #SEED}: the Monte Carlo seed; default {@link MonteCarloSettings#DEFAULT_SEED};</li>
 * <li>{@value #DRAWS}: the number of draws, at least {@value MonteCarloSettings#MIN_DRAWS}; default that.</li>
 * </ul>
 * Numbers may be given as numbers or as text (the command line passes text).
 *
 * @param valuationSet the set to value with
 * @param monteCarlo seed and draws
 */
public record EconomyJobParameters(ValuationSet valuationSet, MonteCarloSettings monteCarlo) {

    public static final String VALUATION_SET = "valuationSet";
    public static final String SEED = "seed";
    public static final String DRAWS = "draws";

    /**
     * Reads and checks the parameters.
     *
     * @param sets the valuation sets the key is looked up in
     * @throws IllegalArgumentException naming the parameter when one is invalid
     */
    public static EconomyJobParameters from(ValuationSets sets, JobParameters parameters) {
        String key = parameters.getString(VALUATION_SET);
        ValuationSet set;
        try {
            set = key == null ? sets.current() : sets.get(key);
        } catch (ValuationSetException e) {
            throw new IllegalArgumentException(VALUATION_SET + ": " + e.getMessage(), e);
        }
        long seed = number(parameters, SEED, MonteCarloSettings.DEFAULT_SEED);
        long draws = number(parameters, DRAWS, MonteCarloSettings.MIN_DRAWS);
        if (draws < MonteCarloSettings.MIN_DRAWS || draws > 10_000_000) {
            throw new IllegalArgumentException(DRAWS + ": must be between " + MonteCarloSettings.MIN_DRAWS
                    + " and 10000000, got " + draws);
        }
        return new EconomyJobParameters(set, new MonteCarloSettings(seed, (int) draws));
    }

    private static long number(JobParameters parameters, String name, long defaultValue) {
        JobParameter<?> parameter = parameters.getParameter(name);
        if (parameter == null || parameter.value() == null) {
            return defaultValue;
        }
        Object value = parameter.value();
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number", e);
            }
        }
        throw new IllegalArgumentException(name + ": expected a whole number, got " + value);
    }

    /** Refuses a job start with invalid parameters before anything runs. */
    static final class Validator implements JobParametersValidator {

        private final ValuationSets sets;

        Validator(ValuationSets sets) {
            this.sets = sets;
        }

        @Override
        public void validate(JobParameters parameters) throws InvalidJobParametersException {
            try {
                from(sets, parameters);
            } catch (IllegalArgumentException e) {
                throw new InvalidJobParametersException(e.getMessage());
            }
        }
    }
}
