package dk.virkning.stats.meta;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the pooled estimate is tested and its interval built. */
public enum MetaTest {
    /** Standard normal (Wald) test and interval. */
    Z,
    /** Hartung and Knapp's (2001) adjusted standard error with t on k − 1 degrees of freedom. */
    KNHA,
    /**
     * Knapp–Hartung with the ad hoc correction (Knapp &amp; Hartung 2003; metafor's
     * {@code test = "adhoc"}): the variance factor s² is not allowed below 1, so the interval is
     * never narrower than the z test's with the same τ̂², which plain Knapp–Hartung can be with
     * two or three studies.
     */
    ADHOC;

    /** The name metafor and the command line use: z, knha or adhoc. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The test of that exact {@link #code()}, if there is one. */
    public static Optional<MetaTest> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
