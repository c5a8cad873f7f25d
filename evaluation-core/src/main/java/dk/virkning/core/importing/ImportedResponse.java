package dk.virkning.core.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One response read from the file: one participant × wave × instrument with its item answers,
 * normalised but not yet checked against any project or instrument definition.
 *
 * @param sourceRows      the rows it came from, ascending (one row in wide format, the rows of
 *                        the group in long format)
 * @param participantCode trimmed participant code, as written
 * @param wave            trimmed wave name, as written
 * @param instrument      instrument id, trimmed and upper-cased (e.g. {@code WHO5})
 * @param answeredOn      answer date, or {@code null} if the file gives none
 * @param mode            one of SELF, WEB_LINK, INTERVIEW, STAFF_ENTERED, or {@code null}
 * @param items           item key ({@code "1"}, {@code "2"}, ...) → answer, in item order; only
 *                        answered items appear
 * @param cells           where each part came from
 */
public record ImportedResponse(
        List<Integer> sourceRows,
        String participantCode,
        String wave,
        String instrument,
        LocalDate answeredOn,
        String mode,
        Map<String, Integer> items,
        ResponseCells cells) {

    public ImportedResponse {
        sourceRows = List.copyOf(sourceRows);
        items = ItemKeys.sortedCopy(items);
    }
}
