package dk.virkning.core.importing;

import java.util.Map;

/**
 * Where each part of an {@link ImportedResponse} came from, so that the import service can
 * report its own validation errors (unknown wave, answer not allowed, ...) at the right cell.
 *
 * @param participant cell of the participant code (first row of a long-format group)
 * @param wave        cell of the wave name
 * @param instrument  long format: the instrument cell; wide format: the first answered item cell
 *                    of that instrument
 * @param answeredOn  cell that gave the date, or {@code null} if the file has no such column or
 *                    no row of the response gave a date
 * @param mode        cell that gave the mode, or {@code null} likewise
 * @param items       item key → the cell holding its value
 */
public record ResponseCells(
        SourceCell participant,
        SourceCell wave,
        SourceCell instrument,
        SourceCell answeredOn,
        SourceCell mode,
        Map<String, SourceCell> items) {

    public ResponseCells {
        items = Map.copyOf(items);
    }
}
