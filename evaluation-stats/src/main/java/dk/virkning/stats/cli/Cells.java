package dk.virkning.stats.cli;

/**
 * The cells of the current CSV record that a {@link Command} needs, addressed by their position in
 * {@link Command#columns()}; a bad cell is reported with its line and column.
 */
final class Cells {

    private final CsvReader reader;
    private final String[] names;
    private final int[] indexes;

    Cells(CsvReader reader, String[] names, int[] indexes) {
        this.reader = reader;
        this.names = names;
        this.indexes = indexes;
    }

    /** The number in needed column {@code k}; NaN when the cell is empty (missing). */
    double number(int k) throws BadInputException {
        if (indexes[k] < 0) {
            return Double.NaN;
        }
        Double value = reader.number(indexes[k]);
        if (value == null) {
            throw error(k, "not a number: \"" + reader.text(indexes[k]) + "\"");
        }
        return value;
    }

    /** The text of needed column {@code k}, without surrounding blanks. */
    String text(int k) {
        return indexes[k] < 0 ? "" : reader.text(indexes[k]).strip();
    }

    /** Whether the header has column {@code k} (an optional column may be absent). */
    boolean present(int k) {
        return indexes[k] >= 0;
    }

    /** A one-line error about needed column {@code k} of this record. */
    BadInputException error(int k, String problem) {
        return BadInputException.at(reader.recordLine(), names[k], problem);
    }
}
