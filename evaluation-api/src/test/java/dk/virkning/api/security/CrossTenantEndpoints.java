package dk.virkning.api.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dk.virkning.api.project.RegistryApi;

/**
 * What organisation B sends to each endpoint of the API, and what it must get back. Every
 * handler method under /api/v1 needs an entry here: {@link CrossTenantAccessTest} fails for an
 * endpoint without one, so a new endpoint cannot skip the cross-tenant check. Bodies are valid
 * for A, so that only access control can refuse them.
 */
final class CrossTenantEndpoints {

    /** How an endpoint relates to organisation A, and so what B must get. */
    enum Access {
        /** Its path addresses a resource of A (or of A's funder F): 403 or 404, whatever the body. */
        FOREIGN_RESOURCE(Set.of(403, 404), true),
        /** A list of what the caller may see: 200, with none of A's or F's resources in it. */
        COLLECTION(Set.of(200), false),
        /** Creates or starts something for an organisation or project of A or F named in the body: refused, nothing written. */
        FOREIGN_OWNER_IN_BODY(Set.of(403, 404, 422), true),
        /** About the caller itself: 200, with nothing of A or F in it. */
        SELF(Set.of(200), false),
        /** For platform administrators only: 403. */
        PLATFORM_ADMIN_ONLY(Set.of(403), false);

        final Set<Integer> allowed;
        /** Whether the request names A's resources, which B must not be able to tell from missing ones. */
        final boolean foreign;

        Access(Set<Integer> allowed, boolean foreign) {
            this.allowed = allowed;
            this.foreign = foreign;
        }
    }

    /**
     * @param bodies     the bodies to send, each in its own request; none: one request without a body.
     *                   A {@code byte[]} is uploaded as the multipart part {@code file}.
     * @param foreignIds for a COLLECTION, the ids of A's (or F's) resources the list must not hold
     */
    record Endpoint(String method, String pattern, Access access, Function<TenantWorld, List<Object>> bodies,
            Function<TenantWorld, Set<Long>> foreignIds) {

        String key() {
            return key(method, pattern);
        }

        static String key(String method, String pattern) {
            return method + " " + pattern;
        }
    }

    private static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

    static {
        // Organisations and users.
        add("POST", "/api/v1/organisations", Access.PLATFORM_ADMIN_ONLY,
                w -> List.of(Map.of("name", "B's attempt", "kind", "NGO")));
        collection("/api/v1/organisations", w -> Set.of(w.aOrganisation(), w.fOrganisation()));
        add("GET", "/api/v1/organisations/{id}", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/organisations/{id}/audit", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/users", Access.FOREIGN_OWNER_IN_BODY, w -> List.of(Map.of(
                "email", "b-attempt-" + System.nanoTime() + "@example.org", "name", "B's attempt",
                "memberships", List.of(Map.of("organisationId", w.aOrganisation(), "role", "ORG_ADMIN")))));
        add("GET", "/api/v1/users/me", Access.SELF, none());
        add("GET", "/api/v1/users/{id}", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/users/{userId}/tokens", Access.FOREIGN_RESOURCE, w -> List.of(Map.of("label", "B's")));
        add("GET", "/api/v1/users/{userId}/tokens", Access.FOREIGN_RESOURCE, none());
        add("DELETE", "/api/v1/users/{userId}/tokens/{tokenId}", Access.FOREIGN_RESOURCE, none());

        // Grant pools: F's pool funds A's project.
        add("POST", "/api/v1/grant-pools", Access.FOREIGN_OWNER_IN_BODY, w -> List.of(
                Map.of("organisationId", w.fOrganisation(), "name", "B's pool", "totalDkk", 1000),
                Map.of("organisationId", w.aOrganisation(), "name", "B's pool", "totalDkk", 1000)));
        collection("/api/v1/grant-pools", w -> Set.of(w.fPool()));
        add("GET", "/api/v1/grant-pools/{id}", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/grant-pools/{id}/report.pdf", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/grant-pools/{id}/meta-analysis", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/grant-pools/{id}/grants", Access.FOREIGN_RESOURCE, w -> List.of(
                Map.of("projectId", w.bProject(), "amountDkk", 1000)));
        add("GET", "/api/v1/grant-pools/{id}/grants", Access.FOREIGN_RESOURCE, none());

        // Projects and their participants, responses and imports.
        add("POST", "/api/v1/projects", Access.FOREIGN_OWNER_IN_BODY,
                w -> List.of(RegistryApi.who5Project("B's project in A", "organisationId", w.aOrganisation()),
                        RegistryApi.who5Project("B's site of A's project", "parentProjectId", w.aProject())));
        collection("/api/v1/projects", w -> Set.of(w.aProject()));
        add("GET", "/api/v1/projects/{id}", Access.FOREIGN_RESOURCE, none());
        add("PUT", "/api/v1/projects/{id}", Access.FOREIGN_RESOURCE, w -> List.of(RegistryApi.who5Project(
                "Taken over by B", "waves", List.of(Map.of("name", w.aWaves().get(0), "offsetDays", 0),
                        Map.of("name", w.aWaves().get(1), "offsetDays", 90)))));
        add("POST", "/api/v1/projects/{projectId}/participants", Access.FOREIGN_RESOURCE,
                w -> List.of(RegistryApi.participant("B-P-1")));
        add("GET", "/api/v1/projects/{projectId}/participants", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/projects/{projectId}/participants/{code}", Access.FOREIGN_RESOURCE, none());
        add("PUT", "/api/v1/projects/{projectId}/participants/{code}", Access.FOREIGN_RESOURCE,
                w -> List.of(Map.of("droppedOutOn", "2025-03-01", "dropoutReason", "moved away")));
        add("POST", "/api/v1/projects/{projectId}/participants/{code}/erasure", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/projects/{projectId}/responses", Access.FOREIGN_RESOURCE,
                w -> List.of(TenantWorld.response(w.aParticipant(), w.aWaves().get(1))));
        add("GET", "/api/v1/projects/{projectId}/responses", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/projects/{projectId}/imports", Access.FOREIGN_RESOURCE,
                w -> List.of(TenantWorld.importFile(w.aParticipant(), w.aWaves().get(1))));
        add("GET", "/api/v1/projects/{projectId}/imports", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/projects/{projectId}/imports/{importId}", Access.FOREIGN_RESOURCE, none());

        // Aggregates: for A's staff and for F (which funds the project), never for B.
        add("GET", "/api/v1/projects/{id}/results", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/projects/{id}/economy", Access.FOREIGN_RESOURCE, none());
        add("GET", "/api/v1/projects/{id}/report.pdf", Access.FOREIGN_RESOURCE, none());

        // Jobs: A's evaluation run, A's project's and F's pool's reports.
        add("POST", "/api/v1/jobs/evaluation", Access.FOREIGN_OWNER_IN_BODY,
                w -> List.of(Map.of("projectIds", List.of(w.aProject()))));
        add("POST", "/api/v1/jobs/economy", Access.PLATFORM_ADMIN_ONLY, none());
        add("POST", "/api/v1/jobs/report", Access.FOREIGN_OWNER_IN_BODY, w -> List.of(
                Map.of("projectIds", List.of(w.aProject())), Map.of("poolIds", List.of(w.fPool())),
                Map.of("projectIds", List.of(w.bProject(), w.aProject()))));
        add("GET", "/api/v1/jobs/{id}", Access.FOREIGN_RESOURCE, none());
        add("POST", "/api/v1/jobs/{id}/restart", Access.FOREIGN_RESOURCE, none());
    }

    private CrossTenantEndpoints() {
    }

    static Map<String, Endpoint> all() {
        return ENDPOINTS;
    }

    /**
     * A's (or F's) value for a path variable. {@code {id}} is the id of whatever the segment before
     * it names. Null when the test does not know the variable: a new kind of resource needs a value here.
     */
    static String pathValue(String variable, String previousSegment, TenantWorld w) {
        Object value = switch (variable) {
            case "projectId" -> w.aProject();
            case "code" -> w.aParticipant();
            case "userId" -> w.aUser();
            case "tokenId" -> w.aTokenId();
            case "importId" -> w.aImport();
            case "id" -> switch (previousSegment) {
                case "projects" -> w.aProject();
                case "grant-pools" -> w.fPool();
                case "organisations" -> w.aOrganisation();
                case "users" -> w.aUser();
                case "jobs" -> w.aJob();
                default -> null;
            };
            default -> null;
        };
        return value == null ? null : value.toString();
    }

    private static Function<TenantWorld, List<Object>> none() {
        return w -> List.of();
    }

    private static void add(String method, String pattern, Access access, Function<TenantWorld, List<Object>> bodies) {
        put(new Endpoint(method, pattern, access, bodies, w -> Set.of()));
    }

    private static void collection(String pattern, Function<TenantWorld, Set<Long>> foreignIds) {
        put(new Endpoint("GET", pattern, Access.COLLECTION, none(), foreignIds));
    }

    private static void put(Endpoint endpoint) {
        if (ENDPOINTS.putIfAbsent(endpoint.key(), endpoint) != null) {
            throw new IllegalStateException("two templates for " + endpoint.key());
        }
    }
}
