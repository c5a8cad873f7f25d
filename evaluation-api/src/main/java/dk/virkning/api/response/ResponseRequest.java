package dk.virkning.api.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.response.ResponseMode;
import dk.virkning.core.response.ResponseSubmission;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/projects/{id}/responses}. Item answers are read as JSON nodes
 * so that {@code 4.5} or {@code "4"} is refused with the item's field rather than silently
 * rounded or converted.
 */
record ResponseRequest(String participantCode, String wave, String instrument, LocalDate answeredOn,
        ResponseMode mode, Map<String, JsonNode> items) {

    ResponseSubmission toSubmission() {
        if (items == null) {
            return new ResponseSubmission(participantCode, wave, instrument, answeredOn, mode, null);
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        items.forEach((key, value) -> {
            if (value == null || value.isNull()) {
                answers.put(key, null);
            } else if (value.isIntegralNumber() && value.canConvertToInt()) {
                answers.put(key, value.intValue());
            } else {
                problems.add(InputProblem.field("items." + key, "INVALID_VALUE",
                        "Item " + key + ": the answer must be a whole number."));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ResponseSubmission(participantCode, wave, instrument, answeredOn, mode, answers);
    }
}
