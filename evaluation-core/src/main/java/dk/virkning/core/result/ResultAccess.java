package dk.virkning.core.result;

import java.util.Optional;

import dk.virkning.core.access.Caller;
import dk.virkning.core.grant.FundingAccess;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.NotFoundException;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/**
 * Decides who may read a project's aggregate results: its organisation's staff in full, the
 * funders of its grants with small cells suppressed, and nobody else (404, as if the project did
 * not exist). Platform administrators see no evaluation data unless they are also staff.
 */
@Service
public class ResultAccess {

    private final Jdbi jdbi;
    private final FundingAccess funding;

    public ResultAccess(Jdbi jdbi, FundingAccess funding) {
        this.jdbi = jdbi;
        this.funding = funding;
    }

    public ResultViewer viewerOf(Caller caller, long projectId) {
        Optional<Long> organisation = jdbi.withHandle(h -> h
                .createQuery("select organisation_id from project where id = :id and organisation_id = any(:orgs)")
                .bind("id", projectId)
                .bind("orgs", caller.staffOrganisations())
                .mapTo(Long.class)
                .findOne());
        if (organisation.isPresent()) {
            return ResultViewer.STAFF;
        }
        if (funding.funds(caller, projectId)) {
            return ResultViewer.FUNDER;
        }
        if (caller.platformAdmin()) {
            throw new ForbiddenException("Platform administrators see no evaluation data.");
        }
        throw new NotFoundException("Project", projectId);
    }
}
