package dk.virkning.api.participant;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.virkning.core.access.Caller;
import dk.virkning.core.participant.Participant;
import dk.virkning.core.participant.ParticipantDraft;
import dk.virkning.core.participant.ParticipantService;
import dk.virkning.core.participant.ParticipantUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** A project's pseudonymous participants: registration, drop-out and erasure. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/participants")
@Tag(name = "Participants")
class ParticipantController {

    private final ParticipantService participants;

    ParticipantController(ParticipantService participants) {
        this.participants = participants;
    }

    @PostMapping
    @Operation(summary = "Register a pseudonymous participant (consent to evaluation required)")
    ResponseEntity<Participant> register(@AuthenticationPrincipal Caller caller, @PathVariable long projectId,
            @RequestBody ParticipantDraft draft) {
        Participant participant = participants.register(caller, projectId, draft);
        URI location = UriComponentsBuilder.fromPath("/api/v1/projects/{projectId}/participants/{code}")
                .buildAndExpand(projectId, participant.code()).encode().toUri();
        return ResponseEntity.created(location).body(participant);
    }

    @GetMapping
    @Operation(summary = "The project's participants")
    List<Participant> list(@AuthenticationPrincipal Caller caller, @PathVariable long projectId) {
        return participants.list(caller, projectId);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One participant, by code")
    Participant get(@AuthenticationPrincipal Caller caller, @PathVariable long projectId, @PathVariable String code) {
        return participants.get(caller, projectId, code);
    }

    /**
     * The drop-out, the only part of a participant a PUT changes: both fields must be given, so that
     * an empty body ({@code {}}) is refused instead of clearing a drop-out. Explicit nulls clear one
     * recorded by mistake. Consent and demographics are never touched by this request.
     */
    record DropoutRequest(@JsonProperty(required = true) LocalDate droppedOutOn,
            @JsonProperty(required = true) String dropoutReason) {
    }

    /** Records the drop-out date and reason. */
    @PutMapping("/{code}")
    @Operation(summary = "Record (or, with both fields null, clear) a participant's drop-out date and reason;"
            + " consent and demographics are not changed")
    Participant update(@AuthenticationPrincipal Caller caller, @PathVariable long projectId, @PathVariable String code,
            @RequestBody DropoutRequest update) {
        return participants.recordDropout(caller, projectId, code,
                new ParticipantUpdate(update.droppedOutOn(), update.dropoutReason()));
    }

    /** The right to be forgotten: responses and demographics go, a marker stays (docs/privacy.md, erasure). */
    @PostMapping("/{code}/erasure")
    @Operation(summary = "Erase a participant's responses and demographics, keeping a marker")
    Participant erase(@AuthenticationPrincipal Caller caller, @PathVariable long projectId, @PathVariable String code) {
        return participants.erase(caller, projectId, code);
    }
}
