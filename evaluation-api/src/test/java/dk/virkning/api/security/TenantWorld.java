package dk.virkning.api.security;

import static dk.virkning.api.project.RegistryApi.expect;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.virkning.api.importing.ImportUpload;
import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;

/**
 * Three organisations, built through the API as users would: NGO A with a project, waves, a
 * participant, a response and an import; foundation F whose pool funds A's project; and NGO B,
 * whose staff and admin try to reach A's resources. Every name A and F hold is unique to this
 * world, so that a response can be searched for any of them.
 */
record TenantWorld(
        long aOrganisation, String aOrganisationName, long aUser, String aUserEmail, String aToken, long aTokenId,
        long aProject, String aProjectTitle, List<String> aWaves, String aParticipant, long aResponse,
        long aImport, long aJob,
        long fOrganisation, String fOrganisationName, String fFunderToken, long fPool, String fPoolName, long fGrant,
        long bOrganisation, String bStaffToken, String bAdminToken, long bProject) {

    static TenantWorld build(int port) {
        ApiClient access = new ApiClient(port);
        RegistryApi registry = new RegistryApi(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        String aName = "A-organisation-" + tag;
        long a = access.createOrganisation(aName, "NGO");
        String aEmail = "a-staff-" + tag + "@example.org";
        String aAdmin = access.orgAdminToken(a);
        long aUser = expect(access.post(aAdmin, "/api/v1/users", Map.of("email", aEmail,
                "name", "A staff " + tag, "memberships", List.of(Map.of("organisationId", a, "role", "STAFF")))), 201).id();
        ApiClient.Response issued = expect(access.post(aAdmin, "/api/v1/users/" + aUser + "/tokens",
                Map.of("label", "A's token")), 201);
        String aToken = issued.text("token");
        List<String> waves = List.of("A-start-" + tag, "A-end-" + tag);
        String title = "A-project-" + tag;
        String fName = "F-foundation-" + tag;
        long f = access.createOrganisation(fName, "FOUNDATION");
        long project = registry.createProject(aToken, RegistryApi.who5Project(title, "waves", List.of(
                Map.of("name", waves.get(0), "offsetDays", 0), Map.of("name", waves.get(1), "offsetDays", 90)),
                "partners", List.of(Map.of("organisationId", f, "role", "FUNDER"))));
        String participant = "A-P-" + tag;
        registry.createParticipant(aToken, project, participant);
        registry.createParticipant(aToken, project, participant + "-2");
        long response = expect(registry.post(aToken, "/api/v1/projects/" + project + "/responses",
                response(participant, waves.get(0))), 201).id();
        long importId = expect(new ImportUpload(port).upload(aToken, project, "a.csv", "text/csv",
                importFile(participant + "-2", waves.get(0))), 201).json().get("importId").asLong();
        long job = expect(registry.post(aToken, "/api/v1/jobs/evaluation", Map.of("projectIds", List.of(project))),
                202).id();
        awaitEnd(registry, aToken, job);

        String funder = access.tokenFor(f, "FUNDER");
        String poolName = "F-pool-" + tag;
        long pool = expect(access.post(funder, "/api/v1/grant-pools", Map.of("organisationId", f, "name", poolName,
                "totalDkk", 1_000_000)), 201).id();
        long grant = expect(access.post(funder, "/api/v1/grant-pools/" + pool + "/grants", Map.of("projectId", project,
                "amountDkk", 250_000, "awardedOn", "2025-01-01")), 201).id();

        long b = access.createOrganisation("B-organisation-" + tag, "NGO");
        String bStaff = access.tokenFor(b, "STAFF");
        String bAdmin = access.tokenFor(b, "ORG_ADMIN");
        long bProject = registry.createProject(bStaff, RegistryApi.who5Project("B-project-" + tag));

        return new TenantWorld(a, aName, aUser, aEmail, aToken, issued.id(), project, title, waves, participant,
                response, importId, job, f, fName, funder, pool, poolName, grant, b, bStaff, bAdmin, bProject);
    }

    /** A's evaluation run must have ended, so that nothing but B's requests changes the database during the walk. */
    private static void awaitEnd(RegistryApi registry, String token, long job) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = expect(registry.get(token, "/api/v1/jobs/" + job), 200).text("status");
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("A's evaluation job " + job + " did not end within a minute");
    }

    /** A valid WHO5 response of A's project. */
    static Map<String, Object> response(String participant, String wave) {
        return Map.of("participantCode", participant, "wave", wave, "instrument", "WHO5", "answeredOn", "2025-02-01",
                "items", Map.of("1", 4, "2", 3, "3", 3, "4", 2, "5", 1));
    }

    /** A valid wide CSV for A's project. */
    static byte[] importFile(String participant, String wave) {
        return ImportUpload.utf8("participant,wave,answered_on,WHO5_1,WHO5_2,WHO5_3,WHO5_4,WHO5_5\n"
                + participant + "," + wave + ",2025-02-01,1,2,3,4,5\n");
    }

    /**
     * The same world with every resource of A and F replaced by one that does not exist (B's own
     * stay). B must not be able to tell A's resources from these: same status, same error codes.
     */
    TenantWorld ghost() {
        long none = 1_000_000_000L;
        return new TenantWorld(none + 1, "ghost-organisation", none + 2, "ghost@example.org", aToken, none + 3,
                none + 4, "ghost-project", List.of("ghost-start", "ghost-end"), "GHOST-P", none + 5, none + 6,
                none + 10, none + 7, "ghost-foundation", fFunderToken, none + 8, "ghost-pool", none + 9,
                bOrganisation, bStaffToken, bAdminToken, bProject);
    }

    /** Text that only A's and F's data contain; none of it may reach B. */
    List<String> secrets() {
        return List.of(aOrganisationName, aUserEmail, aProjectTitle, aWaves.get(0), aWaves.get(1), aParticipant,
                fOrganisationName, fPoolName);
    }
}
