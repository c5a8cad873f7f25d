package dk.virkning.api.user;

import java.net.URI;

import dk.virkning.core.access.Caller;
import dk.virkning.core.user.NewUser;
import dk.virkning.core.user.UserProfile;
import dk.virkning.core.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Create a user with memberships (platform administrator, or ORG_ADMIN of every organisation named)")
    ResponseEntity<UserProfile> create(@AuthenticationPrincipal Caller caller, @RequestBody NewUser body) {
        UserProfile created = users.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/me")
    @Operation(summary = "The calling user and their memberships")
    UserProfile me(@AuthenticationPrincipal Caller caller) {
        return users.me(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A user: oneself, or as platform administrator or ORG_ADMIN of a shared organisation")
    UserProfile get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return users.get(caller, id);
    }
}
