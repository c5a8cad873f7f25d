package dk.virkning.core.importing;

/**
 * A place in the imported file as a spreadsheet user sees it: the 1-based row (the header is
 * row 1 when it is the first line) and the column name as written in the header.
 *
 * @param row    1-based row number; 0 means the file as a whole
 * @param column header text of the column, or {@code null} for the whole row
 */
public record SourceCell(int row, String column) {

    public static SourceCell wholeFile() {
        return new SourceCell(0, null);
    }

    public static SourceCell wholeRow(int row) {
        return new SourceCell(row, null);
    }
}
