package dk.virkning.stats.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.contract.ContractLineWriter;

/**
 * Reads a CSV into groups for one {@link Command} and writes one JSON object per group: a single
 * object without {@code --by}, otherwise one line per value of the {@code --by} column in order of
 * first appearance, each starting with a {@code "group"} field. The whole input is validated before
 * anything is written. Groups are analysed in parallel; the output order does not depend on it.
 */
final class GroupedRun<G> {

    private final Command<G> command;
    private final String by;

    GroupedRun(Command<G> command, String by) {
        this.command = command;
        this.by = by;
    }

    String run(byte[] csv) throws BadInputException {
        CsvReader reader = new CsvReader(csv);
        if (!reader.next()) {
            throw new BadInputException("line 1: no header (the input is empty)");
        }
        String[] header = new String[reader.fieldCount()];
        for (int i = 0; i < header.length; i++) {
            header[i] = reader.text(i).strip();
        }
        String[] needed = command.columns();
        int[] indexes = columnIndexes(header);
        int byIndex = by == null ? -1 : List.of(header).indexOf(by);
        if (by != null && byIndex < 0) {
            throw new BadInputException("line 1: no column \"" + by + "\" for --by in the header");
        }
        Cells cells = new Cells(reader, needed, indexes);
        Map<String, G> groups = new LinkedHashMap<>();
        G group = null;
        byte[] groupKey = null;
        while (reader.next()) {
            int line = reader.recordLine();
            int fields = reader.fieldCount();
            if (fields < header.length) {
                throw BadInputException.at(line, header[fields],
                        "missing (the row has " + fields + " of the header's " + header.length + " columns)");
            }
            if (fields > header.length) {
                throw new BadInputException("line " + line + " (data row " + (line - 1) + "): " + fields
                        + " columns but the header has " + header.length);
            }
            // Rows of one group usually come together: look the group up only when the key changes.
            if (group == null || byIndex >= 0 && !reader.sameText(byIndex, groupKey)) {
                String key = byIndex < 0 ? "" : reader.text(byIndex);
                groupKey = byIndex < 0 ? null : reader.bytes(byIndex);
                group = groups.computeIfAbsent(key, k -> command.newGroup());
            }
            command.add(group, cells);
        }
        if (groups.isEmpty()) {
            groups.put("", command.newGroup());
        }
        return write(groups);
    }

    private String write(Map<String, G> groups) {
        List<Map.Entry<String, G>> entries = new ArrayList<>(groups.entrySet());
        List<String> lines = entries.parallelStream().map(this::writeOne).toList();
        StringBuilder out = new StringBuilder(lines.size() * 700);
        lines.forEach(out::append);
        return out.toString();
    }

    private String writeOne(Map.Entry<String, G> entry) {
        return ContractLineWriter.line(by == null ? null : entry.getKey(), command.analyse(entry.getValue()));
    }

    /**
     * Where each needed column is in the header. The first column (participant or study) is an
     * identifier the analysis does not use, so only the others must be present.
     */
    private int[] columnIndexes(String[] header) throws BadInputException {
        String[] needed = command.columns();
        int[] indexes = new int[needed.length];
        for (int i = 0; i < needed.length; i++) {
            indexes[i] = List.of(header).indexOf(needed[i]);
            if (indexes[i] < 0 && i > 0 && i < command.requiredColumns()) {
                throw new BadInputException("line 1: no header with the columns " + String.join(",", needed)
                        + " (column \"" + needed[i] + "\" not found)");
            }
        }
        return indexes;
    }

}
