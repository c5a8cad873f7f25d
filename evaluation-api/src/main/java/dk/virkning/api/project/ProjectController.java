package dk.virkning.api.project;

import java.net.URI;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.project.Project;
import dk.virkning.core.project.ProjectDraft;
import dk.virkning.core.project.ProjectService;
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

/** Projects with their typology, waves, success criteria and partners. Rules live in {@link ProjectService}. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @Operation(summary = "Register a project (STAFF or ORG_ADMIN)")
    ResponseEntity<Project> create(@AuthenticationPrincipal Caller caller, @RequestBody ProjectDraft draft) {
        Project project = projects.create(caller, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id())).body(project);
    }

    @GetMapping
    @Operation(summary = "The projects of the caller's organisations")
    List<Project> list(@AuthenticationPrincipal Caller caller) {
        return projects.list(caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project")
    Project get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return projects.get(caller, id);
    }

    /** Replaces the project; waves keep their ids (and responses) when their names stay. */
    @PutMapping("/{id}")
    @Operation(summary = "Replace a project; waves are matched by name")
    Project replace(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody ProjectDraft draft) {
        return projects.update(caller, id, draft);
    }
}
