package dk.virkning.stats.cli;

/**
 * One analysis of the command line: which columns it reads, how it collects a group's rows, and how
 * it writes the group's result.
 *
 * @param <G> the collected rows of one group
 */
interface Command<G> {

    /** The header columns the analysis needs, in the contract's order; the first is an identifier. */
    String[] columns();

    /** How many of {@link #columns()} the header must have; the ones after them are optional. */
    default int requiredColumns() {
        return columns().length;
    }

    G newGroup();

    /**
     * Adds one data row.
     *
     * @throws BadInputException naming the line and column of a bad cell
     */
    void add(G group, Cells cells) throws BadInputException;

    /** Analyses the group: a record of the statistics contract (dk.virkning.stats.contract). */
    Object analyse(G group);
}
