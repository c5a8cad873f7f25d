package dk.virkning.core.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.virkning.core.participant.ParticipantCodePolicy;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.response.ResponseMode;
import dk.virkning.core.response.ResponseProblem;
import dk.virkning.core.response.ResponseSubmission;

/**
 * A file's parsed responses as submissions to the response service, and the way back: a problem
 * the service reports for submission {@code i}, field {@code items.3}, becomes a problem at the
 * row and column of the file that held item 3 of that response.
 */
final class ImportedSubmissions {

    private final List<ImportedResponse> parsed;
    private final List<ResponseSubmission> submissions;
    private final List<ImportProblem> refusedCodes = new ArrayList<>();
    private final Set<Integer> refusedIndexes = new HashSet<>();

    ImportedSubmissions(List<ImportedResponse> parsed) {
        this.parsed = List.copyOf(parsed);
        this.submissions = this.parsed.stream().map(ImportedSubmissions::submission).toList();
        for (int i = 0; i < this.parsed.size(); i++) {
            ImportedResponse response = this.parsed.get(i);
            Optional<ParticipantCodePolicy.Refusal> refusal = ParticipantCodePolicy.check(response.participantCode());
            if (refusal.isPresent()) {
                // Said before "unknown participant": a CPR number in a file is a privacy problem to fix at its source.
                refusedIndexes.add(i);
                refusedCodes.add(ImportProblem.at(response.cells().participant(), refusal.get().code(),
                        fragment(refusal.get().message())));
            }
        }
    }

    List<ResponseSubmission> submissions() {
        return submissions;
    }

    boolean isEmpty() {
        return submissions.isEmpty();
    }

    /** Participant codes the platform never holds (CPR-like, e-mail, phone, ...), at their cells. */
    List<ImportProblem> refusedCodes() {
        return refusedCodes;
    }

    /**
     * The response service's problems at the file's cells. A participant-code problem of a
     * submission whose code is refused outright is left out: {@link #refusedCodes()} says it better.
     */
    List<ImportProblem> locate(List<ResponseProblem> problems) {
        List<ImportProblem> located = new ArrayList<>();
        for (ResponseProblem problem : problems) {
            InputProblem p = problem.problem();
            if (refusedIndexes.contains(problem.index()) && "participantCode".equals(p.field())) {
                continue;
            }
            ImportedResponse response = parsed.get(problem.index());
            located.add(ImportProblem.at(cell(response, p.field()), p.code(), message(response, p)));
        }
        return located;
    }

    private static ResponseSubmission submission(ImportedResponse response) {
        ResponseMode mode = response.mode() == null ? null : ResponseMode.valueOf(response.mode());
        return new ResponseSubmission(response.participantCode(), response.wave(), response.instrument(),
                response.answeredOn(), mode, response.items());
    }

    /** The cell a submission's field came from; the response's (first) row when no cell holds it. */
    private static SourceCell cell(ImportedResponse response, String field) {
        ResponseCells cells = response.cells();
        SourceCell row = SourceCell.wholeRow(cells.instrument().row());
        String name = field == null ? "" : field;
        SourceCell cell = switch (name) {
            case "participantCode" -> cells.participant();
            case "wave" -> cells.wave();
            case "instrument", "items" -> cells.instrument();
            case "answeredOn" -> cells.answeredOn();
            case "mode" -> cells.mode();
            default -> name.startsWith("items.") ? cells.items().get(name.substring("items.".length())) : null;
        };
        // A missing item or a missing date has no cell of its own: the response's row is the place.
        return cell == null ? row : cell;
    }

    /** The service's message, reworded where its words are an API's rather than a spreadsheet's. */
    private static String message(ImportedResponse response, InputProblem problem) {
        if ("answeredOn".equals(problem.field()) && "REQUIRED".equals(problem.code())) {
            return "the " + response.instrument() + " answers have no date; add an answered_on (besvaret) column"
                    + " or fill in the date";
        }
        if ("DUPLICATE".equals(problem.code())) {
            return "the same participant, wave and instrument appears earlier in the file";
        }
        return fragment(problem.message());
    }

    /** "No participant ... project." → "no participant ... project", to read on after "row 5, column x: ". */
    static String fragment(String message) {
        String text = message.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text
                : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
