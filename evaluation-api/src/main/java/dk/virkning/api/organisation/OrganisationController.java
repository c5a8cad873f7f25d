package dk.virkning.api.organisation;

import java.net.URI;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.organisation.NewOrganisation;
import dk.virkning.core.organisation.Organisation;
import dk.virkning.core.organisation.OrganisationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationController {

    private final OrganisationService organisations;
    private final AuditLog auditLog;

    OrganisationController(OrganisationService organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @PostMapping
    @Operation(summary = "Create an organisation (platform administrators only)")
    ResponseEntity<Organisation> create(@AuthenticationPrincipal Caller caller, @RequestBody NewOrganisation body) {
        Organisation created = organisations.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "The organisations the caller belongs to (all, for a platform administrator)")
    List<Organisation> list(@AuthenticationPrincipal Caller caller) {
        return organisations.list(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    Organisation get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return organisations.get(caller, id);
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The organisation's audit log, newest first (ORG_ADMIN only)")
    AuditPage audit(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) Long before) {
        return AuditPage.of(auditLog.entries(caller, id, limit, before), limit);
    }
}
