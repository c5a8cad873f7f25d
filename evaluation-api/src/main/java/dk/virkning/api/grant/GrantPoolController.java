package dk.virkning.api.grant;

import java.net.URI;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.grant.Grant;
import dk.virkning.core.grant.GrantPool;
import dk.virkning.core.grant.GrantService;
import dk.virkning.core.grant.NewGrant;
import dk.virkning.core.grant.NewGrantPool;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/grant-pools")
@Tag(name = "Grant pools")
class GrantPoolController {

    private final GrantService grants;

    GrantPoolController(GrantService grants) {
        this.grants = grants;
    }

    @PostMapping
    @Operation(summary = "Create a grant pool (ORG_ADMIN or FUNDER of the owning organisation)")
    ResponseEntity<GrantPool> create(@AuthenticationPrincipal Caller caller, @RequestBody NewGrantPool body) {
        GrantPool created = grants.createPool(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/grant-pools/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "The grant pools of the caller's organisations")
    List<GrantPool> list(@AuthenticationPrincipal Caller caller) {
        return grants.pools(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One grant pool")
    GrantPool get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return grants.pool(caller, id);
    }

    @PostMapping("/{id}/grants")
    @Operation(summary = "Award a grant to a project of any organisation; lets the funder read its aggregates")
    ResponseEntity<Grant> award(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody NewGrant body) {
        Grant grant = grants.award(caller, id, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(grant);
    }

    @GetMapping("/{id}/grants")
    @Operation(summary = "The grants awarded from a pool")
    List<Grant> grants(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return grants.grants(caller, id);
    }
}
