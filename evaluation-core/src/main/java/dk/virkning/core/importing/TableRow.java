package dk.virkning.core.importing;

import java.util.List;

/**
 * One row of the sheet or CSV as text cells, with its row number as a spreadsheet user sees it.
 * Cells are trimmed, including the no-break spaces Excel likes to leave behind.
 */
record TableRow(int number, List<String> cells) {

    TableRow {
        cells = cells.stream().map(TableRow::clean).toList();
    }

    /** The cell at {@code index}, or "" beyond the end of a short row. */
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** True when the row holds text in a column the header does not name. */
    boolean hasDataBeyond(int width) {
        return cells.stream().skip(width).anyMatch(cell -> !cell.isEmpty());
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }
}
