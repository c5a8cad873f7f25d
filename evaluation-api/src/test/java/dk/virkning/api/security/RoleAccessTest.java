package dk.virkning.api.security;

import static dk.virkning.api.project.RegistryApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.security.CrossTenantEndpoints.Endpoint;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role tries every handler method of the API on organisation A's resources (and on the pool
 * of A's funder F), and must get the status in {@link #EXPECTED} (docs/privacy.md, "Who sees
 * what"). The roles: the platform administrator, A's ORG_ADMIN and STAFF, F's FUNDER (whose pool
 * funds A's project), a RESEARCHER of a research organisation, an anonymous caller and B's
 * ORG_ADMIN (a foreign organisation). A cell with {@code a|b} accepts either, where an earlier
 * role's successful write (an erasure, a second grant) changes what the next one gets.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTest {

    static final List<String> ROLES = List.of("PLATFORM_ADMIN", "RESEARCHER", "FUNDER", "FOREIGN", "ANONYMOUS",
            "STAFF", "ORG_ADMIN");

    /** Per endpoint, the status for each role of {@link #ROLES}, in that order. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        row("POST /api/v1/organisations", "201 403 403 403 401 403 403");
        row("GET /api/v1/organisations", "200 200 200 200 401 200 200");
        row("GET /api/v1/organisations/{id}", "200 404 404 404 401 200 200");
        row("GET /api/v1/organisations/{id}/audit", "403 404 404 404 401 403 200");
        row("POST /api/v1/users", "403 403 403 403 401 403 201");
        row("GET /api/v1/users/me", "200 200 200 200 401 200 200");
        row("GET /api/v1/users/{id}", "200 404 404 404 401 200 200");
        row("POST /api/v1/users/{userId}/tokens", "403 404 404 404 401 201 201");
        row("GET /api/v1/users/{userId}/tokens", "200 404 404 404 401 200 200");
        row("DELETE /api/v1/users/{userId}/tokens/{tokenId}", "204 404 404 404 401 204 204");
        row("POST /api/v1/grant-pools", "403 403 201 403 401 403 403");
        row("GET /api/v1/grant-pools", "200 200 200 200 401 200 200");
        row("GET /api/v1/grant-pools/{id}", "404 404 200 404 401 404 404");
        row("GET /api/v1/grant-pools/{id}/report.pdf", "404 404 200 404 401 404 404");
        row("GET /api/v1/grant-pools/{id}/meta-analysis", "404 404 200 404 401 404 404");
        row("POST /api/v1/grant-pools/{id}/grants", "404 404 422 404 401 404 404");
        row("GET /api/v1/grant-pools/{id}/grants", "404 404 200 404 401 404 404");
        row("POST /api/v1/projects", "403 403 403 422 401 201 201");
        row("GET /api/v1/projects", "403 200 200 200 401 200 200");
        row("GET /api/v1/projects/{id}", "403 404 404 404 401 200 200");
        row("PUT /api/v1/projects/{id}", "403 404 404 404 401 200 200");
        row("POST /api/v1/projects/{projectId}/participants", "403 404 404 404 401 201 409");
        row("GET /api/v1/projects/{projectId}/participants", "403 404 404 404 401 200 200");
        row("GET /api/v1/projects/{projectId}/participants/{code}", "403 404 404 404 401 200 200");
        row("PUT /api/v1/projects/{projectId}/participants/{code}", "403 404 404 404 401 200 200");
        row("POST /api/v1/projects/{projectId}/participants/{code}/erasure", "403 404 404 404 401 200 200|404|409");
        row("POST /api/v1/projects/{projectId}/responses", "403 404 404 404 401 200|201 200|201");
        row("GET /api/v1/projects/{projectId}/responses", "403 404 404 404 401 200 200");
        row("POST /api/v1/projects/{projectId}/imports", "403 404 404 404 401 201 200|201");
        row("GET /api/v1/projects/{projectId}/imports", "403 404 404 404 401 200 200");
        row("GET /api/v1/projects/{projectId}/imports/{importId}", "403 404 404 404 401 200 200");
        row("GET /api/v1/projects/{id}/results", "403 404 200 404 401 200 200");
        row("GET /api/v1/projects/{id}/economy", "403 404 200 404 401 200 200");
        row("GET /api/v1/projects/{id}/report.pdf", "403 404 200 404 401 200 200");
        row("POST /api/v1/jobs/evaluation", "202 403 403 404 401 202 202");
        row("POST /api/v1/jobs/economy", "202 403 403 403 401 403 403");
        row("POST /api/v1/jobs/report", "202 404 404 404 401 202 202");
        row("GET /api/v1/jobs/{id}", "200 404 404 404 401 200 404");
        row("POST /api/v1/jobs/{id}/restart", "409 404 404 404 401 409 404");
    }

    private static void row(String endpoint, String statuses) {
        EXPECTED.put(endpoint, statuses);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TenantWorld world;
    ApiRequests http;
    Map<String, String> tokens;
    long spareToken;

    @BeforeAll
    void buildTheWorld() {
        world = TenantWorld.build(port);
        http = new ApiRequests(port);
        ApiClient access = new ApiClient(port);
        spareToken = expect(access.post(world.aToken(), "/api/v1/users/" + world.aUser() + "/tokens",
                Map.of("label", "spare")), 201).id();
        long research = access.createOrganisation(ApiClient.unique("Forskning"), "RESEARCH");
        tokens = new LinkedHashMap<>();
        tokens.put("PLATFORM_ADMIN", ApiClient.ADMIN_TOKEN);
        tokens.put("RESEARCHER", access.tokenFor(research, "RESEARCHER"));
        tokens.put("FUNDER", world.fFunderToken());
        tokens.put("FOREIGN", world.bAdminToken());
        tokens.put("ANONYMOUS", null);
        tokens.put("STAFF", world.aToken());
        tokens.put("ORG_ADMIN", access.orgAdminToken(world.aOrganisation()));
    }

    @Test
    void everyRoleGetsTheExpectedStatusOnEveryEndpoint() {
        Set<String> endpoints = apiEndpoints();
        assertThat(EXPECTED.keySet()).as("the table covers every endpoint and no other").isEqualTo(endpoints);

        List<String> failures = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        // Reading endpoints first, destroying ones last, as in the cross-tenant walk.
        List<String> ordered = new ArrayList<>(endpoints);
        ordered.sort((x, y) -> Integer.compare(destructiveness(x), destructiveness(y)));
        for (String key : ordered) {
            Endpoint endpoint = CrossTenantEndpoints.all().get(key);
            String[] expected = EXPECTED.get(key).split(" ");
            List<String> actual = new ArrayList<>();
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                String path = concretePath(endpoint.pattern());
                List<Object> bodies = endpoint.bodies().apply(world);
                Object body = bodies.isEmpty() ? null : bodies.get(0);
                ApiClient.Response response = http.send(endpoint.method(), path, tokens.get(role), body);
                String status = String.valueOf(response.status());
                actual.add(status);
                if (!Set.of(expected[r].split("\\|")).contains(status)) {
                    failures.add(key + " as " + role + ": expected " + expected[r] + ", got " + status + " "
                            + abbreviate(response.body()));
                }
            }
            actualTable.append(key).append(": ").append(String.join(" ", actual)).append('\n');
        }
        assertThat(failures).as("role failures; the statuses were:\n" + actualTable).isEmpty();
    }

    /**
     * A funder (and any other outsider) gets the same answer, status and body alike, for B's project,
     * which exists but is not funded by F, as for a project id that does not exist: only the id differs.
     */
    @Test
    void aFunderCannotTellAnUnfundedProjectFromOneThatDoesNotExist() {
        long missing = 1_000_000_004L;
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String role : List.of("FUNDER", "RESEARCHER", "FOREIGN", "PLATFORM_ADMIN")) {
            String token = tokens.get(role);
            long unfunded = role.equals("FOREIGN") ? world.aProject() : world.bProject();
            for (String key : apiEndpoints()) {
                Endpoint endpoint = CrossTenantEndpoints.all().get(key);
                String pattern = endpoint.pattern();
                if (!pattern.startsWith("/api/v1/projects/{") || key.startsWith("DELETE ") || key.endsWith("/erasure")) {
                    continue;
                }
                List<Object> bodies = endpoint.bodies().apply(world);
                Object body = bodies.isEmpty() ? null : bodies.get(0);
                compared++;
                compare(role + " " + key, token, endpoint.method(), projectPath(pattern, unfunded), body,
                        projectPath(pattern, missing), body, unfunded, missing, failures);
            }
            // The platform administrator may start jobs for any project id; 202 either way, so nothing to tell.
            for (String path : role.equals("PLATFORM_ADMIN") ? List.<String>of()
                    : List.of("/api/v1/jobs/evaluation", "/api/v1/jobs/report")) {
                compared++;
                compare(role + " POST " + path, token, "POST", path, Map.of("projectIds", List.of(unfunded)), path,
                        Map.of("projectIds", List.of(missing)), unfunded, missing, failures);
            }
        }
        compared++;
        String grants = "/api/v1/grant-pools/" + world.fPool() + "/grants";
        compare("FUNDER POST " + grants, world.fFunderToken(), "POST", grants,
                Map.of("projectId", world.bProject(), "amountDkk", 1000), grants,
                Map.of("projectId", missing, "amountDkk", 1000), world.bProject(), missing, failures);
        assertThat(failures).as("answers that tell an existing project from a missing one").isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(60);
    }

    private void compare(String request, String token, String method, String path, Object body, String ghostPath,
            Object ghostBody, long id, long ghostId, List<String> failures) {
        ApiClient.Response real = http.send(method, path, token, body);
        ApiClient.Response ghost = http.send(method, ghostPath, token, ghostBody);
        String realText = real.status() + " " + normalise(real.body(), id);
        String ghostText = ghost.status() + " " + normalise(ghost.body(), ghostId);
        if (!realText.equals(ghostText)) {
            failures.add(request + ":\n  existing: " + realText + "\n  missing:  " + ghostText);
        }
    }

    /** The body with the project id replaced, and without any trace id or time stamp. */
    private static String normalise(String body, long id) {
        if (body == null) {
            return "";
        }
        return body.replaceAll("(Project |projects/|\\[)" + id + "(?!\\d)", "$1{id}")
                .replaceAll("\"(traceId|timestamp|requestId)\"\\s*:\\s*\"[^\"]*\",?", "");
    }

    private String projectPath(String pattern, long project) {
        return concretePath(pattern.replaceFirst("\\{(id|projectId)}", String.valueOf(project)));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

    /** A's resources for the path variables; the token to revoke is a spare one of A's staff member. */
    private String concretePath(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String[] segments = pattern.substring(0, matcher.start()).split("/");
            String value = matcher.group(1).equals("tokenId") ? String.valueOf(spareToken)
                    : CrossTenantEndpoints.pathValue(matcher.group(1), segments[segments.length - 1], world);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static int destructiveness(String key) {
        if (key.startsWith("GET ")) {
            return 0;
        }
        return key.startsWith("DELETE ") || key.endsWith("/erasure") ? 2 : 1;
    }

    private Set<String> apiEndpoints() {
        Set<String> keys = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/v1/")) {
                        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                            keys.add(Endpoint.key(method.name(), pattern));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
