package dk.virkning.stats.cli;

/** Input the user can fix: bad arguments or a malformed CSV. The message is one line. */
final class BadInputException extends Exception {

    BadInputException(String message) {
        super(message);
    }

    /** A problem with one cell, named by its line, data row and column. */
    static BadInputException at(int line, String column, String problem) {
        return new BadInputException("line " + line + " (data row " + (line - 1) + "), column \"" + column + "\": "
                + problem);
    }
}
