package dk.virkning.core.importing;

import dk.virkning.core.importing.HeaderLayout.Column;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads long-format rows (one item answer per row) and groups them into responses by
 * participant × wave × instrument, in order of each group's first row. A blank value means the
 * item was not answered; the item may be written as {@code 3} or as {@code WHO5_3}.
 */
final class LongFormatParser {

    private LongFormatParser() {
    }

    static ParsedRows parse(HeaderLayout layout, List<TableRow> dataRows) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<ResponseKey, LongFormatGroup> groups = new LinkedHashMap<>();
        Column itemColumn = layout.column(KnownColumn.ITEM).orElseThrow();
        Column valueColumn = layout.column(KnownColumn.VALUE).orElseThrow();

        for (TableRow row : dataRows) {
            RowReader reader = new RowReader(row, layout, problems);
            reader.checkNoStrayCells();
            String participant = reader.required(KnownColumn.PARTICIPANT);
            String wave = reader.required(KnownColumn.WAVE);
            String instrumentText = reader.required(KnownColumn.INSTRUMENT);
            String instrument = instrumentText == null ? null : instrumentText.toUpperCase(Locale.ROOT);
            String itemText = reader.required(KnownColumn.ITEM);
            LocalDate answeredOn = reader.answeredOn();
            String mode = reader.mode();
            String itemKey = itemText == null || instrument == null ? null
                    : itemKey(itemText, instrument, reader.cell(itemColumn.name()), reader);
            Integer value = reader.text(valueColumn.index()).isEmpty() ? null
                    : reader.answer(valueColumn.index(), valueColumn.name());
            if (participant == null || wave == null || instrument == null) {
                continue; // Reported above; the row belongs to no group.
            }

            ResponseKey key = ResponseKey.of(participant, wave, instrument);
            LongFormatGroup group = groups.computeIfAbsent(key, k -> new LongFormatGroup(k,
                    participant, wave, reader.cell(KnownColumn.PARTICIPANT),
                    reader.cell(KnownColumn.WAVE), reader.cell(KnownColumn.INSTRUMENT)));
            SourceCell dateCell = answeredOn == null ? null : reader.cell(KnownColumn.ANSWERED_ON);
            SourceCell modeCell = mode == null ? null : reader.cell(KnownColumn.MODE);
            List<ImportProblem> groupProblems = new ArrayList<>();
            groupProblems.add(group.date(answeredOn, dateCell));
            groupProblems.add(group.mode(mode, modeCell));
            if (itemKey != null) {
                groupProblems.add(group.item(itemKey, row.number(), reader.cell(itemColumn.name()),
                        value, reader.cell(valueColumn.name())));
            }
            groupProblems.stream().filter(Objects::nonNull).forEach(reader::report);
            group.addRow(row.number(), reader.problemCount() > 0);
        }

        List<ImportedResponse> responses = groups.values().stream()
                .map(LongFormatGroup::toResponse)
                .filter(Objects::nonNull)
                .toList();
        return new ParsedRows(responses, problems);
    }

    /** "3", "03", "3.0" and "WHO5_3" all name item 3 of WHO5. */
    private static String itemKey(String text, String instrument, SourceCell cell, RowReader reader) {
        String prefix = instrument + "_";
        String bare = text.regionMatches(true, 0, prefix, 0, prefix.length())
                ? text.substring(prefix.length()) : text;
        String key = ItemKeys.normalise(bare);
        if (key == null) {
            reader.report(ImportProblem.at(cell, ImportProblemCodes.INVALID_ITEM, Quoted.text(text)
                    + " is not an item; write the item number, e.g. 3 or " + instrument + "_3"));
        }
        return key;
    }
}
