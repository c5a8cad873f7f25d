package dk.virkning.core.importing;

import java.util.List;

/**
 * The non-blank rows of a file, the first being the header, plus any problems met while reading
 * them (for CSV: malformed quoting, after which reading stopped).
 */
record Table(List<TableRow> rows, List<ImportProblem> problems) {

    Table {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
