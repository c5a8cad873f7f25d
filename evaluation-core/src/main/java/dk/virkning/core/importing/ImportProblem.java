package dk.virkning.core.importing;

/**
 * One thing wrong with an import file. {@code message} is a complete English sentence fragment
 * that already names the place, e.g. {@code row 57, column WHO5_3: '7,5' is not a whole number},
 * so it can be shown on its own; {@code row} and {@code column} repeat the place for tables.
 *
 * @param row     1-based row as a spreadsheet user sees it; 0 for the file as a whole
 * @param column  header text as written in the file, or {@code null} for a whole row or file
 * @param code    stable machine-readable code, see {@link ImportProblemCodes}
 * @param message precise English description including the place
 */
public record ImportProblem(int row, String column, String code, String message) {

    private static final int MAX_COLUMN_IN_MESSAGE = 60;

    /**
     * Builds a problem whose message is prefixed with its place. The import service uses this for
     * its own validation errors so that they read like the parser's.
     */
    public static ImportProblem at(SourceCell cell, String code, String detail) {
        return new ImportProblem(cell.row(), cell.column(), code, place(cell) + detail);
    }

    public static ImportProblem ofFile(String code, String detail) {
        return at(SourceCell.wholeFile(), code, detail);
    }

    private static String place(SourceCell cell) {
        if (cell.row() <= 0) {
            return "";
        }
        if (cell.column() == null) {
            return "row " + cell.row() + ": ";
        }
        return "row " + cell.row() + ", column " + shortened(cell.column()) + ": ";
    }

    /** A hostile header could be megabytes long; the message names it, within reason. */
    private static String shortened(String column) {
        return column.length() <= MAX_COLUMN_IN_MESSAGE ? column
                : column.substring(0, MAX_COLUMN_IN_MESSAGE) + "…";
    }
}
