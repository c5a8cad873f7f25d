package dk.virkning.core.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-format rows of one participant × wave × instrument, gathered into one response.
 * The rows must agree on the date and mode, and name each item once.
 */
final class LongFormatGroup {

    private final ResponseKey key;
    private final String participant;
    private final String wave;
    private final SourceCell participantCell;
    private final SourceCell waveCell;
    private final SourceCell instrumentCell;
    private final List<Integer> rows = new ArrayList<>();
    private final Map<String, Integer> itemRows = new HashMap<>();
    private final Map<String, Integer> items = new LinkedHashMap<>();
    private final Map<String, SourceCell> itemCells = new LinkedHashMap<>();
    private LocalDate answeredOn;
    private SourceCell answeredOnCell;
    private String mode;
    private SourceCell modeCell;
    private boolean failed;

    LongFormatGroup(ResponseKey key, String participant, String wave, SourceCell participantCell,
            SourceCell waveCell, SourceCell instrumentCell) {
        this.key = key;
        this.participant = participant;
        this.wave = wave;
        this.participantCell = participantCell;
        this.waveCell = waveCell;
        this.instrumentCell = instrumentCell;
    }

    void addRow(int row, boolean rowFailed) {
        rows.add(row);
        failed |= rowFailed;
    }

    /** Records the date a row gives; a problem if another row of the group gave another. */
    ImportProblem date(LocalDate date, SourceCell cell) {
        if (date == null) {
            return null;
        }
        if (answeredOn == null) {
            answeredOn = date;
            answeredOnCell = cell;
            return null;
        }
        return answeredOn.equals(date) ? null : fail(ImportProblem.at(cell,
                ImportProblemCodes.CONFLICTING_DATE, date + " differs from " + answeredOn
                        + " in row " + answeredOnCell.row() + describe()));
    }

    /** Records the mode a row gives; a problem if another row of the group gave another. */
    ImportProblem mode(String rowMode, SourceCell cell) {
        if (rowMode == null) {
            return null;
        }
        if (mode == null) {
            mode = rowMode;
            modeCell = cell;
            return null;
        }
        return mode.equals(rowMode) ? null : fail(ImportProblem.at(cell,
                ImportProblemCodes.CONFLICTING_MODE, rowMode + " differs from " + mode
                        + " in row " + modeCell.row() + describe()));
    }

    /**
     * Records that a row names an item, with its answer ({@code null} when the value cell is
     * blank: not answered). A problem if an earlier row named the same item.
     */
    ImportProblem item(String itemKey, int row, SourceCell itemCell, Integer value,
            SourceCell valueCell) {
        Integer earlier = itemRows.putIfAbsent(itemKey, row);
        if (earlier != null) {
            return fail(ImportProblem.at(itemCell, ImportProblemCodes.DUPLICATE_ITEM, "item "
                    + itemKey + " is already given in row " + earlier + describe()));
        }
        if (value != null) {
            items.put(itemKey, value);
            itemCells.put(itemKey, valueCell);
        }
        return null;
    }

    /** The response, unless a row of the group had a problem or no item was answered. */
    ImportedResponse toResponse() {
        if (failed || items.isEmpty()) {
            return null;
        }
        ResponseCells cells = new ResponseCells(participantCell, waveCell, instrumentCell,
                answeredOnCell, modeCell, itemCells);
        return new ImportedResponse(rows, participant, wave, key.instrument(), answeredOn, mode,
                items, cells);
    }

    private String describe() {
        return " for participant " + Quoted.text(participant) + ", wave " + Quoted.text(wave)
                + ", instrument " + key.instrument();
    }

    private ImportProblem fail(ImportProblem problem) {
        failed = true;
        return problem;
    }
}
