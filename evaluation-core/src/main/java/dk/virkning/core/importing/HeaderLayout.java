package dk.virkning.core.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the header says about the columns: the detected format, where each known column is, the
 * item columns (wide format), and which columns have no header at all.
 *
 * @param format         LONG or WIDE
 * @param headerRow      the header's row number
 * @param known          known columns present, by kind
 * @param itemColumns    wide format: item columns in header order
 * @param unnamedColumns indexes of columns with a blank header (ignored, but must stay empty)
 * @param width          number of header cells, named or not
 */
record HeaderLayout(
        ImportFormat format,
        int headerRow,
        Map<KnownColumn, Column> known,
        List<ItemColumn> itemColumns,
        List<Integer> unnamedColumns,
        int width) {

    /** A column: its index and its header as written. */
    record Column(int index, String name) {
    }

    /** A wide-format item column such as WHO5_3: instrument WHO5, item key "3". */
    record ItemColumn(int index, String name, String instrument, String itemKey) {
    }

    HeaderLayout {
        known = Map.copyOf(known);
        itemColumns = List.copyOf(itemColumns);
        unnamedColumns = List.copyOf(unnamedColumns);
    }

    Optional<Column> column(KnownColumn kind) {
        return Optional.ofNullable(known.get(kind));
    }

    /** Wide format: item columns grouped by instrument, instruments in order of appearance. */
    Map<String, List<ItemColumn>> itemColumnsByInstrument() {
        Map<String, List<ItemColumn>> byInstrument = new LinkedHashMap<>();
        for (ItemColumn column : itemColumns) {
            byInstrument.computeIfAbsent(column.instrument(), k -> new ArrayList<>()).add(column);
        }
        return byInstrument;
    }
}
