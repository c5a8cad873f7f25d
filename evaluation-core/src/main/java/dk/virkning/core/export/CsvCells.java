package dk.virkning.core.export;

/**
 * What every CSV the platform writes must do to each cell: a cell that a spreadsheet would run
 * as a formula (it starts with {@code = + - @}, a tab or a carriage return) is prefixed with a
 * single quote, so that Excel, LibreOffice and Google Sheets show it as text (OWASP, "CSV
 * injection"). Imports store such cells verbatim; neutralising is the writer's job, because only
 * the writer knows the file is going to a spreadsheet. No CSV export exists yet: the first one
 * must pass every cell through {@link #neutralise(String)}.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20'
                ? "'" + cell : cell;
    }
}
