package dk.virkning.core.importing;

import dk.virkning.core.importing.HeaderLayout.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the fields of one data row, adding a problem for each bad cell and remembering whether
 * any was found, so that a response is only built from rows without problems. Shared by the
 * long and wide format parsers.
 */
final class RowReader {

    private final TableRow row;
    private final HeaderLayout layout;
    private final List<ImportProblem> problems;
    private int problemCount;

    RowReader(TableRow row, HeaderLayout layout, List<ImportProblem> problems) {
        this.row = row;
        this.layout = layout;
        this.problems = problems;
    }

    int rowNumber() {
        return row.number();
    }

    /** Problems this row has had so far; compare before and after to see if a part failed. */
    int problemCount() {
        return problemCount;
    }

    SourceCell cell(String column) {
        return new SourceCell(row.number(), column);
    }

    /** This row's cell in a known column the header has. */
    SourceCell cell(KnownColumn kind) {
        return cell(layout.column(kind).orElseThrow().name());
    }

    /** Cells outside the named columns must be empty: their data would otherwise be lost. */
    void checkNoStrayCells() {
        if (row.hasDataBeyond(layout.width())) {
            report(ImportProblem.at(SourceCell.wholeRow(row.number()), ImportProblemCodes.EXTRA_CELLS,
                    "the row has more cells than the header has columns"));
        }
        for (int index : layout.unnamedColumns()) {
            if (!row.cell(index).isEmpty()) {
                String letter = CellReference.convertNumToColString(index);
                report(ImportProblem.at(SourceCell.wholeRow(row.number()), ImportProblemCodes.EXTRA_CELLS,
                        "column " + letter + " has no header but holds " + Quoted.text(row.cell(index))));
            }
        }
    }

    /** The trimmed text of a column the header must have; a problem when blank. */
    String required(KnownColumn kind) {
        Column column = layout.column(kind).orElseThrow();
        String text = row.cell(column.index());
        if (text.isEmpty()) {
            report(ImportProblem.at(cell(column.name()), ImportProblemCodes.MISSING_VALUE,
                    "the " + kind.canonicalName() + " is missing"));
            return null;
        }
        return text;
    }

    /** The answer date, or {@code null} when the column is absent, blank, or not a date. */
    LocalDate answeredOn() {
        return optional(KnownColumn.ANSWERED_ON)
                .map(column -> read(column, DateParser.parse(row.cell(column.index()))))
                .orElse(null);
    }

    /** The mode, or {@code null} when the column is absent, blank, or not a mode. */
    String mode() {
        return optional(KnownColumn.MODE)
                .map(column -> read(column, ModeParser.parse(row.cell(column.index()))))
                .orElse(null);
    }

    /** The answer in a cell that is not blank, or {@code null} after reporting why not. */
    Integer answer(int index, String columnName) {
        return read(new Column(index, columnName), WholeNumberParser.parse(row.cell(index)));
    }

    /** A known column that is present and not blank in this row. */
    Optional<Column> optional(KnownColumn kind) {
        return layout.column(kind).filter(column -> !row.cell(column.index()).isEmpty());
    }

    String text(int index) {
        return row.cell(index);
    }

    void report(ImportProblem problem) {
        problems.add(problem);
        problemCount++;
    }

    private <T> T read(Column column, CellParse<T> parsed) {
        if (!parsed.ok()) {
            report(parsed.problemAt(cell(column.name())));
        }
        return parsed.value();
    }
}
