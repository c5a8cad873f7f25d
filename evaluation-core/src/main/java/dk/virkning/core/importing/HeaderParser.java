package dk.virkning.core.importing;

import dk.virkning.core.importing.HeaderLayout.Column;
import dk.virkning.core.importing.HeaderLayout.ItemColumn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the format from the header. Any of instrument, item or value makes it the long
 * format; otherwise item columns ({@code <INSTRUMENT>_<item>}) make it the wide one. Instrument
 * ids contain underscores themselves (LIFE_SAT, UNWANTED_ALONE), so the item key is what follows
 * the last underscore.
 */
final class HeaderParser {

    private static final List<KnownColumn> LONG_REQUIRED = List.of(KnownColumn.PARTICIPANT,
            KnownColumn.WAVE, KnownColumn.INSTRUMENT, KnownColumn.ITEM, KnownColumn.VALUE);
    private static final List<KnownColumn> WIDE_REQUIRED =
            List.of(KnownColumn.PARTICIPANT, KnownColumn.WAVE);
    private static final List<KnownColumn> LONG_ONLY =
            List.of(KnownColumn.INSTRUMENT, KnownColumn.ITEM, KnownColumn.VALUE);
    // On the normalised (lower-case) header; greedy first group = split on the last underscore.
    private static final Pattern ITEM_COLUMN = Pattern.compile("([a-z][a-z0-9_]*)_([a-z0-9]+)");

    private static final int MAX_ITEM_COLUMN_LENGTH = 100;

    private HeaderParser() {
    }

    static HeaderParse parse(TableRow header) {
        Map<KnownColumn, Column> known = new EnumMap<>(KnownColumn.class);
        List<ItemColumn> items = new ArrayList<>();
        Map<String, ItemColumn> itemsByKey = new HashMap<>();
        List<Column> unknown = new ArrayList<>();
        List<Integer> unnamed = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();

        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index);
            if (name.isEmpty()) {
                unnamed.add(index);
                continue;
            }
            SourceCell cell = new SourceCell(header.number(), name);
            KnownColumn kind = KnownColumn.forHeader(name).orElse(null);
            ItemColumn item = kind == null ? itemColumn(index, name) : null;
            if (kind != null) {
                Column first = known.putIfAbsent(kind, new Column(index, name));
                if (first != null) {
                    problems.add(ImportProblem.at(cell, ImportProblemCodes.DUPLICATE_COLUMN,
                            "is a second " + kind.canonicalName() + " column (the first is "
                                    + first.name() + ")"));
                }
            } else if (item != null) {
                ItemColumn first = itemsByKey.putIfAbsent(item.instrument() + "_" + item.itemKey(), item);
                if (first != null) {
                    problems.add(ImportProblem.at(cell, ImportProblemCodes.DUPLICATE_COLUMN,
                            "is a second column for item " + item.itemKey() + " of "
                                    + item.instrument() + " (the first is " + first.name() + ")"));
                } else {
                    items.add(item);
                }
            } else {
                unknown.add(new Column(index, name));
            }
        }

        ImportFormat format = LONG_ONLY.stream().anyMatch(known::containsKey) ? ImportFormat.LONG
                : items.isEmpty() ? null : ImportFormat.WIDE;
        if (format == null) {
            return new HeaderParse(null, List.of(unrecognised(header.number(), known, unknown)));
        }
        List<KnownColumn> required = format == ImportFormat.LONG ? LONG_REQUIRED : WIDE_REQUIRED;
        List<KnownColumn> missing = required.stream().filter(k -> !known.containsKey(k)).toList();
        if (format == ImportFormat.LONG) {
            // Item columns are not part of the long format.
            items.forEach(item -> unknown.add(new Column(item.index(), item.name())));
            items.clear();
        }
        if (!missing.isEmpty()) {
            return new HeaderParse(null, List.of(ImportProblem.at(SourceCell.wholeRow(header.number()),
                    ImportProblemCodes.MISSING_COLUMN, "the header looks like the "
                            + format.name().toLowerCase(Locale.ROOT) + " format but lacks "
                            + names(missing) + notRecognised(unknown))));
        }
        unknown.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (Column column : unknown) {
            problems.add(ImportProblem.at(new SourceCell(header.number(), column.name()),
                    ImportProblemCodes.UNKNOWN_COLUMN, "is not a known column; " + expected(format)));
        }
        HeaderLayout layout = new HeaderLayout(format, header.number(), known, items, unnamed,
                header.cells().size());
        return new HeaderParse(layout, problems);
    }

    private static ItemColumn itemColumn(int index, String name) {
        // Splitting on the last underscore backtracks; no instrument id comes near this length.
        if (name.length() > MAX_ITEM_COLUMN_LENGTH) {
            return null;
        }
        Matcher m = ITEM_COLUMN.matcher(KnownColumn.normalise(name));
        if (!m.matches()) {
            return null;
        }
        String key = ItemKeys.normalise(m.group(2));
        return key == null ? null
                : new ItemColumn(index, name, m.group(1).toUpperCase(Locale.ROOT), key);
    }

    private static ImportProblem unrecognised(int row, Map<KnownColumn, Column> known,
            List<Column> unknown) {
        List<KnownColumn> missingLong = LONG_REQUIRED.stream().filter(k -> !known.containsKey(k)).toList();
        List<KnownColumn> missingWide = WIDE_REQUIRED.stream().filter(k -> !known.containsKey(k)).toList();
        String wide = missingWide.isEmpty() ? "item columns such as WHO5_1"
                : names(missingWide) + " and item columns such as WHO5_1";
        return ImportProblem.at(SourceCell.wholeRow(row), ImportProblemCodes.UNKNOWN_HEADER,
                "the header fits neither the long format (lacks " + names(missingLong)
                        + ") nor the wide format (lacks " + wide + ")" + notRecognised(unknown));
    }

    private static String names(List<KnownColumn> columns) {
        String list = columns.stream().map(KnownColumn::canonicalName).collect(Collectors.joining(", "));
        return (columns.size() == 1 ? "the column " : "the columns ") + list;
    }

    private static String notRecognised(List<Column> unknown) {
        if (unknown.isEmpty()) {
            return "";
        }
        return "; not recognised: " + unknown.stream().limit(10).map(c -> Quoted.text(c.name()))
                .collect(Collectors.joining(", ")) + (unknown.size() > 10 ? ", …" : "");
    }

    private static String expected(ImportFormat format) {
        return format == ImportFormat.LONG
                ? "the long format has participant, wave, instrument, answered_on, item, value and mode"
                : "the wide format has participant, wave, answered_on, mode and item columns such as WHO5_1";
    }
}
