package dk.virkning.stats.meta;

/** How the pooled estimate is tested and its interval built. */
public enum MetaTest {
    /** Standard normal (Wald) test and interval. */
    Z,
    /** Hartung and Knapp's (2001) adjusted standard error with t on k − 1 degrees of freedom. */
    KNHA
}
