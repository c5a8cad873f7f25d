package dk.virkning.stats.fields;

import dk.virkning.stats.describe.Interval;

/**
 * Receives the named fields of a result, in the statistics contract's order. The command line
 * writes them as JSON; the batch jobs keep them as a map for storage. One writer of the field
 * names ({@link ContractFields}) serves both, so the platform and virkning-stats cannot drift apart.
 */
public interface FieldSink {

    /** A number; {@code null}, NaN and infinities are undefined values. */
    FieldSink number(String name, Double value);

    FieldSink integer(String name, Integer value);

    /** A two-sided interval; {@code null} or non-finite bounds are an undefined value. */
    FieldSink interval(String name, Interval value);

    FieldSink string(String name, String value);
}
