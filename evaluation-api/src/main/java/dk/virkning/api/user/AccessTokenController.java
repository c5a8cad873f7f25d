package dk.virkning.api.user;

import java.net.URI;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.user.AccessTokenInfo;
import dk.virkning.core.user.AccessTokenService;
import dk.virkning.core.user.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/{userId}/tokens")
@Tag(name = "Access tokens")
class AccessTokenController {

    private final AccessTokenService tokens;

    AccessTokenController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    /** @param label what the token is for, e.g. "survey import" */
    record TokenRequest(String label) {
    }

    @PostMapping
    @Operation(summary = "Issue a personal access token; the token is in this response only")
    ResponseEntity<IssuedToken> issue(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
            @RequestBody(required = false) TokenRequest body) {
        IssuedToken issued = tokens.issue(caller, userId, body == null ? null : body.label());
        return ResponseEntity.created(URI.create("/api/v1/users/" + userId + "/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "The user's access tokens, without the tokens themselves")
    List<AccessTokenInfo> list(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        return tokens.list(caller, userId);
    }

    @DeleteMapping("/{tokenId}")
    @Operation(summary = "Revoke an access token; it stops working at once")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
            @PathVariable long tokenId) {
        tokens.revoke(caller, userId, tokenId);
        return ResponseEntity.noContent().build();
    }
}
