package dk.virkning.core.importing;

import java.util.List;

/** What a format parser made of the data rows. */
record ParsedRows(List<ImportedResponse> responses, List<ImportProblem> problems) {

    ParsedRows {
        responses = List.copyOf(responses);
        problems = List.copyOf(problems);
    }
}
