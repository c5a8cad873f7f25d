package dk.virkning.core.grant;

import java.util.Arrays;

import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which projects a caller may read as a funder: those funded by a grant from a pool owned by an
 * organisation where the caller is FUNDER or ORG_ADMIN (docs/privacy.md, funder access). This grants read access to
 * registry data and aggregates only, never to participant rows; the feature that serves the
 * project decides what a funder sees.
 */
@Service
public class FundingAccess {

    private static final Role[] FUNDING_ROLES = {Role.FUNDER, Role.ORG_ADMIN};

    private final GrantRepository grants;

    public FundingAccess(GrantRepository grants) {
        this.grants = grants;
    }

    /** The funded projects' ids, ascending, as an array for SQL {@code project.id = any(:funded)}. */
    @Transactional(readOnly = true)
    public long[] fundedProjectIds(Caller caller) {
        long[] orgs = funderOrganisations(caller);
        return orgs.length == 0 ? new long[0] : grants.fundedProjectIds(orgs);
    }

    @Transactional(readOnly = true)
    public boolean funds(Caller caller, long projectId) {
        long[] orgs = funderOrganisations(caller);
        return orgs.length > 0 && grants.funds(orgs, projectId);
    }

    /** Whether the caller reads funded aggregates for the organisation: is its FUNDER or ORG_ADMIN. */
    public static boolean fundsFor(Caller caller, long organisationId) {
        return Arrays.stream(FUNDING_ROLES).anyMatch(role -> caller.hasRole(organisationId, role));
    }

    /** The organisations whose pools count for the caller: where they are FUNDER or ORG_ADMIN. */
    public static long[] funderOrganisations(Caller caller) {
        return caller.organisationsWith(FUNDING_ROLES);
    }
}
