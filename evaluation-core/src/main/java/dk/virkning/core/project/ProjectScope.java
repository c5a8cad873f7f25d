package dk.virkning.core.project;

/**
 * What of the registry a caller may read: every project of some organisations (their STAFF and
 * ORG_ADMIN), plus single projects seen from outside (a FUNDER's funded projects, added later
 * through the grant helper's FundingAccess). Queries apply it in SQL as
 * {@code organisation_id = any(:orgs) or project_id = any(:projects)}.
 *
 * @param organisations organisations whose projects are all visible
 * @param projects      further single projects that are visible
 */
public record ProjectScope(long[] organisations, long[] projects) {

    public ProjectScope {
        organisations = organisations.clone();
        projects = projects.clone();
    }

    public static ProjectScope ofOrganisations(long[] organisations) {
        return new ProjectScope(organisations, new long[0]);
    }

    public boolean isEmpty() {
        return organisations.length == 0 && projects.length == 0;
    }
}
