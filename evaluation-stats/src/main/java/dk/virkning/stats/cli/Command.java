package dk.virkning.stats.cli;

/**
 * One analysis of the command line: which columns it reads, how it collects a group's rows, and how
 * it writes the group's result.
 *
 * @param <G> the collected rows of one group
 */
interface Command<G> {

    /** The header columns the analysis needs, in the contract's order. */
    String[] columns();

    G newGroup();

    /**
     * Adds one data row; {@code cells} holds the needed columns in the order of {@link #columns()}.
     *
     * @throws BadInputException naming the line and column of a bad cell
     */
    void add(G group, String[] cells, int line) throws BadInputException;

    /** Analyses the group and writes the contract's fields. */
    void write(G group, JsonObjectWriter json);

    /** Reads a numeric cell; empty is NaN (missing). */
    static double number(String cell, int line, String column) throws BadInputException {
        Double value = NumberCell.parse(cell);
        if (value == null) {
            throw BadInputException.at(line, column, "not a number: \"" + cell + "\"");
        }
        return value;
    }
}
