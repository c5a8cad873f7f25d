package dk.virkning.api.response;

import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.response.Response;
import dk.virkning.core.response.ResponseOutcome;
import dk.virkning.core.response.ResponseService;
import dk.virkning.core.response.ResponseSource;
import dk.virkning.core.response.StoredResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Responses with their scores. Rules live in {@link ResponseService}, shared with the form and imports. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/responses")
@Tag(name = "Responses")
class ResponseController {

    /** Whether the submission created, replaced or left unchanged the stored response. */
    static final String OUTCOME_HEADER = "Virkning-Outcome";

    private final ResponseService responses;

    ResponseController(ResponseService responses) {
        this.responses = responses;
    }

    /** 201 for a new response; 200 when it replaced an earlier one or was identical to it. */
    @PostMapping
    @Operation(summary = "Store a scored response; re-submitting replaces it and keeps the old version")
    ResponseEntity<Response> submit(@AuthenticationPrincipal Caller caller, @PathVariable long projectId,
            @RequestBody ResponseRequest request) {
        // The service checks access before it judges the items against the project's instruments;
        // what toSubmission refuses (an answer that is not a whole number) is the same for every project.
        StoredResponse stored = responses.submit(caller, projectId, request.toSubmission(), ResponseSource.api());
        HttpStatus status = stored.outcome() == ResponseOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).header(OUTCOME_HEADER, stored.outcome().name()).body(stored.response());
    }

    @GetMapping
    @Operation(summary = "The project's responses with scores, optionally for one instrument and/or wave")
    List<Response> list(@AuthenticationPrincipal Caller caller, @PathVariable long projectId,
            @RequestParam(required = false) String instrument, @RequestParam(required = false) String wave) {
        return responses.list(caller, projectId, instrument, wave);
    }
}
