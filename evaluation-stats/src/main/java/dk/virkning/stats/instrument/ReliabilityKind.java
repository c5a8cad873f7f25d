package dk.virkning.stats.instrument;

/** What a published reliability coefficient measures (docs/methods.md §1.9). */
public enum ReliabilityKind {
    /** Cronbach's α (or KR-20) in the source's sample: agreement among the items at one time. */
    INTERNAL_CONSISTENCY,
    /** The correlation of scores on two occasions close enough that the trait should not have changed. */
    TEST_RETEST
}
