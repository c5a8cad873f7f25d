package dk.virkning.core.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows for a {@link Table} as a reader produces them: drops blank rows (Excel leaves
 * many) and stops the whole import as soon as the row limit is passed, before the rest of a huge
 * file is held in memory.
 */
final class TableBuilder {

    private final int maxDataRows;
    private final List<TableRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    TableBuilder(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    void add(TableRow row) {
        if (row.isBlank()) {
            return;
        }
        // The first non-blank row is the header, so the limit allows one more.
        if (rows.size() > maxDataRows) {
            throw new RejectedFileException(ImportProblem.ofFile(ImportProblemCodes.TOO_MANY_ROWS,
                    "the file has more than " + maxDataRows + " data rows; split it into smaller files"));
        }
        rows.add(row);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    Table build() {
        return new Table(rows, problems);
    }
}
