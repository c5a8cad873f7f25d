package dk.virkning.core.importing;

import dk.virkning.core.importing.HeaderLayout.ItemColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads wide-format rows (one per participant × wave). Each instrument with at least one
 * non-empty item cell in a row becomes one response; an instrument whose cells are all empty
 * was not answered and is skipped. The same participant × wave × instrument in two rows is
 * refused, as the file could otherwise silently overwrite itself.
 */
final class WideFormatParser {

    private WideFormatParser() {
    }

    static ParsedRows parse(HeaderLayout layout, List<TableRow> dataRows) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedResponse> responses = new ArrayList<>();
        Map<ResponseKey, Integer> firstRowOf = new HashMap<>();
        Map<String, List<ItemColumn>> instruments = layout.itemColumnsByInstrument();

        for (TableRow row : dataRows) {
            RowReader reader = new RowReader(row, layout, problems);
            reader.checkNoStrayCells();
            String participant = reader.required(KnownColumn.PARTICIPANT);
            String wave = reader.required(KnownColumn.WAVE);
            LocalDate answeredOn = reader.answeredOn();
            String mode = reader.mode();
            boolean rowFailed = reader.problemCount() > 0;

            for (Map.Entry<String, List<ItemColumn>> instrument : instruments.entrySet()) {
                int before = reader.problemCount();
                Map<String, Integer> items = new LinkedHashMap<>();
                Map<String, SourceCell> itemCells = new LinkedHashMap<>();
                for (ItemColumn column : instrument.getValue()) {
                    if (reader.text(column.index()).isEmpty()) {
                        continue; // Not answered.
                    }
                    itemCells.put(column.itemKey(), reader.cell(column.name()));
                    Integer value = reader.answer(column.index(), column.name());
                    if (value != null) {
                        items.put(column.itemKey(), value);
                    }
                }
                if (itemCells.isEmpty() || participant == null || wave == null) {
                    continue;
                }
                SourceCell instrumentCell = itemCells.values().iterator().next();
                ResponseKey key = ResponseKey.of(participant, wave, instrument.getKey());
                Integer earlier = firstRowOf.putIfAbsent(key, row.number());
                if (earlier != null) {
                    reader.report(ImportProblem.at(instrumentCell, ImportProblemCodes.DUPLICATE_RESPONSE,
                            "participant " + Quoted.text(participant) + " already has "
                                    + instrument.getKey() + " answers for wave " + Quoted.text(wave)
                                    + " in row " + earlier));
                }
                if (rowFailed || reader.problemCount() > before) {
                    continue;
                }
                ResponseCells cells = new ResponseCells(reader.cell(KnownColumn.PARTICIPANT),
                        reader.cell(KnownColumn.WAVE), instrumentCell,
                        answeredOn == null ? null : reader.cell(KnownColumn.ANSWERED_ON),
                        mode == null ? null : reader.cell(KnownColumn.MODE),
                        itemCells);
                responses.add(new ImportedResponse(List.of(row.number()), participant, wave,
                        instrument.getKey(), answeredOn, mode, items, cells));
            }
        }
        return new ParsedRows(responses, problems);
    }
}
