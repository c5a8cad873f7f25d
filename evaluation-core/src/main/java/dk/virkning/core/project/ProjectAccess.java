package dk.virkning.core.project;

import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The gate to participant and response data (docs/privacy.md, who sees what): only STAFF and ORG_ADMIN of the
 * project's organisation pass. Anyone else gets 404, as if the project did not exist; platform
 * administrators get 403 because response data is never theirs to see, even where they are
 * also staff. Funders will see projects but never pass this gate.
 */
@Service
public class ProjectAccess {

    private final ProjectRefRepository projects;

    ProjectAccess(ProjectRefRepository projects) {
        this.projects = projects;
    }

    /** The project, for reading its participants or responses. */
    public ProjectRef forReading(Caller caller, long projectId) {
        return ref(caller, projectId, false);
    }

    /**
     * The project, for writing participants or responses; holds a lock shared with other writers
     * until the transaction ends, so that a concurrent project update cannot remove a wave being written to.
     * Call inside a read-write transaction.
     */
    public ProjectRef forWriting(Caller caller, long projectId) {
        return ref(caller, projectId, true);
    }

    private ProjectRef ref(Caller caller, long projectId, boolean lock) {
        if (caller.platformAdmin()) {
            throw new ForbiddenException("Platform administrators see no participant or response data.");
        }
        long[] staff = caller.staffOrganisations();
        if (lock) {
            projects.lockForWriters(projectId);
        }
        ProjectRefRepository.Header header = projects.header(projectId, staff)
                .orElseThrow(() -> new NotFoundException("Project", projectId));
        return new ProjectRef(header.id(), header.organisationId(), header.design(), List.of(header.instruments()),
                projects.waves(header.id(), header.organisationId()));
    }
}
