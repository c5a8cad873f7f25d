package dk.virkning.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.security.CrossTenantEndpoints.Access;
import dk.virkning.api.security.CrossTenantEndpoints.Endpoint;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Proves that a user of one organisation gets 403/404 for another's resources
 * (docs/privacy.md, tenant scoping). Here B's staff and B's admin try every handler method of the API
 * on A's resources (and on the pool of A's funder F), with bodies that would be valid for A.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantAccessTest {

    static final String API = "/api/v1/";
    static final List<String> TABLES = List.of("organisation", "app_user", "membership", "access_token",
            "grant_pool", "grant_award", "project", "wave", "participant", "response", "response_history",
            "import_batch", "job_launch", "batch_job_execution");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Jdbi jdbi;

    TenantWorld world;
    TenantWorld ghost;
    ApiRequests http;

    @BeforeAll
    void buildTheWorld() throws InterruptedException {
        world = TenantWorld.build(port);
        awaitNoRunningJobs();
        ghost = world.ghost();
        http = new ApiRequests(port);
    }

    /**
     * Every (method, path pattern) of every handler method under /api/v1: reading ones first, then
     * writing ones, and those that destroy (erasure, DELETE) last, so that a leak in one of them
     * does not hide the others behind "already erased".
     */
    Set<String> apiEndpoints() {
        Set<String> keys = new TreeSet<>(Comparator.comparingInt(CrossTenantAccessTest::destructiveness)
                .thenComparing(Comparator.naturalOrder()));
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith(API)) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        keys.add(Endpoint.key("ANY", pattern));
                    }
                    methods.forEach(method -> keys.add(Endpoint.key(method.name(), pattern)));
                }
            }
        }
        return keys;
    }

    private static int destructiveness(String key) {
        if (key.startsWith("GET ")) {
            return 0;
        }
        return key.startsWith("DELETE ") || key.endsWith("/erasure") ? 2 : 1;
    }

    @Test
    void everyApiEndpointHasACrossTenantTemplateAndEveryTemplateAnEndpoint() {
        Set<String> endpoints = apiEndpoints();
        Set<String> untested = new TreeSet<>(endpoints);
        untested.removeAll(CrossTenantEndpoints.all().keySet());
        Set<String> stale = new TreeSet<>(CrossTenantEndpoints.all().keySet());
        stale.removeAll(endpoints);

        assertThat(untested).as("endpoints without a template in CrossTenantEndpoints").isEmpty();
        assertThat(stale).as("templates of endpoints that no longer exist").isEmpty();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(34);
    }

    @Test
    void anotherOrganisationsStaffAndAdminAreRefusedOnEveryEndpointAndChangeNothingOfA() {
        Map<String, Long> countsBefore = counts();
        Map<String, JsonNode> aBefore = snapshotOfA();
        List<String> failures = new ArrayList<>();
        int requests = 0;

        for (String key : apiEndpoints()) {
            Endpoint endpoint = CrossTenantEndpoints.all().get(key);
            if (endpoint == null) {
                failures.add(key + ": no template in CrossTenantEndpoints; every endpoint must prove it refuses B");
                continue;
            }
            String path = concretePath(endpoint.pattern(), world, failures);
            if (path == null) {
                continue;
            }
            List<Object> bodies = endpoint.bodies().apply(world);
            List<Object> ghostBodies = endpoint.bodies().apply(ghost);
            for (String token : List.of(world.bStaffToken(), world.bAdminToken())) {
                for (int i = 0; i < Math.max(1, bodies.size()); i++) {
                    requests++;
                    ApiClient.Response answer = check(endpoint, path, token, bodies.isEmpty() ? null : bodies.get(i),
                            failures);
                    if (answer != null && endpoint.access().foreign) {
                        compareWithGhost(endpoint, token, ghostBodies.isEmpty() ? null : ghostBodies.get(i), answer,
                                failures);
                    }
                }
            }
        }

        assertThat(failures).as("cross-tenant failures").isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(72);
        assertThat(counts()).as("row counts after the walk").isEqualTo(countsBefore);
        assertThat(snapshotOfA()).as("A's data as A sees it").isEqualTo(aBefore);
        assertThat(http.send("GET", "/api/v1/users/me", world.aToken(), null).status())
                .as("A's token survives B's attempt to revoke it").isEqualTo(200);
    }

    @Test
    void theFunderOfTheProjectNeverSeesOrWritesItsParticipantsResponsesOrImports() {
        Map<String, Long> countsBefore = counts();
        List<String> failures = new ArrayList<>();
        Pattern participantData = Pattern.compile("^/api/v1/projects/\\{projectId}/(participants|responses|imports)(/.*)?$");
        int requests = 0;

        for (String key : apiEndpoints()) {
            Endpoint endpoint = CrossTenantEndpoints.all().get(key);
            if (endpoint == null || !participantData.matcher(endpoint.pattern()).matches()) {
                continue;
            }
            String path = concretePath(endpoint.pattern(), world, failures);
            List<Object> bodies = endpoint.bodies().apply(world);
            for (Object body : bodies.isEmpty() ? Collections.singletonList(null) : bodies) {
                requests++;
                ApiClient.Response response = http.send(endpoint.method(), path, world.fFunderToken(), body);
                if (response.status() != 403 && response.status() != 404) {
                    failures.add(endpoint.method() + " " + path + " as F's funder: " + response.status() + " "
                            + response.body());
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(10);
        assertThat(counts()).isEqualTo(countsBefore);
    }

    /** Sends B's request and records every way its answer fails; returns the answer if its status was right. */
    private ApiClient.Response check(Endpoint endpoint, String path, String token, Object body, List<String> failures) {
        String request = endpoint.method() + " " + path + " as " + who(token);
        Map<String, Long> before = endpoint.method().equals("GET") ? null : counts();
        ApiClient.Response response = http.send(endpoint.method(), path, token, body);

        if (!endpoint.access().allowed.contains(response.status())) {
            failures.add(request + ": expected " + endpoint.access().allowed + " for " + endpoint.access()
                    + " but got " + response.status() + " " + response.body());
            return null;
        }
        String sent = path + " " + (body == null || body instanceof byte[] ? "" : body.toString());
        for (String secret : world.secrets()) {
            // B may hear back what it sent itself (a code in a 404's detail), nothing else of A's.
            if (response.body() != null && response.body().contains(secret) && !sent.contains(secret)) {
                failures.add(request + ": the answer reveals '" + secret + "': " + response.body());
            }
        }
        if (endpoint.access() == Access.COLLECTION) {
            Set<Long> listed = new HashSet<>();
            response.json().valueStream().forEach(entry -> listed.add(entry.get("id").asLong()));
            Set<Long> foreign = new HashSet<>(endpoint.foreignIds().apply(world));
            foreign.retainAll(listed);
            if (!foreign.isEmpty()) {
                failures.add(request + ": lists " + foreign + " of A or F");
            }
        }
        if (before != null && !counts().equals(before)) {
            failures.add(request + ": wrote rows (" + before + " → " + counts() + ")");
        }
        return response;
    }

    /**
     * The same request about resources that do not exist must get the same status and error codes,
     * so that B cannot probe which ids (organisations, projects, users, ...) A has.
     */
    private void compareWithGhost(Endpoint endpoint, String token, Object ghostBody, ApiClient.Response answer,
            List<String> failures) {
        String ghostPath = concretePath(endpoint.pattern(), ghost, failures);
        Map<String, Long> before = counts();
        ApiClient.Response ghostAnswer = http.send(endpoint.method(), ghostPath, token, ghostBody);
        if (!signature(ghostAnswer).equals(signature(answer))) {
            failures.add(endpoint.method() + " " + endpoint.pattern() + " as " + who(token)
                    + ": tells A's resources from missing ones: " + signature(answer) + " vs " + signature(ghostAnswer));
        }
        if (!counts().equals(before)) {
            failures.add(endpoint.method() + " " + ghostPath + " as " + who(token) + ": wrote rows");
        }
    }

    /** Status, title and the (field, code) of each error: what a prober could compare. */
    private static String signature(ApiClient.Response response) {
        JsonNode json = response.json();
        String title = json == null || json.get("title") == null ? "" : json.get("title").asString();
        List<String> errors = new ArrayList<>();
        if (json != null && json.get("errors") != null) {
            json.get("errors").valueStream().forEach(e -> errors.add(e.get("field").asString() + ":" + e.get("code").asString()));
        }
        return response.status() + " " + title + " " + errors;
    }

    private String who(String token) {
        return token.equals(world.bStaffToken()) ? "B's staff" : "B's admin";
    }

    /** The pattern with A's resources for its variables; null (and a failure) for a variable the test lacks. */
    /**
     * The import into A's project also starts an evaluation (after commit, asynchronously); the walk
     * compares row counts, so it starts only when no job is running any more.
     */
    private void awaitNoRunningJobs() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (jdbi.withHandle(h -> h.createQuery(
                "select count(*) from batch_job_execution where status in ('STARTING', 'STARTED', 'STOPPING')")
                .mapTo(Long.class).one()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("jobs still running after a minute");
            }
            Thread.sleep(100);
        }
    }

    private static String concretePath(String pattern, TenantWorld world, List<String> failures) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String[] segments = before.split("/");
            String value = CrossTenantEndpoints.pathValue(matcher.group(1), segments[segments.length - 1], world);
            if (value == null) {
                failures.add(pattern + ": no resource of A for {" + matcher.group(1) + "}; add one to"
                        + " CrossTenantEndpoints.pathValue");
                return null;
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbi.useHandle(h -> TABLES.forEach(table ->
                counts.put(table, h.createQuery("select count(*) from " + table).mapTo(Long.class).one())));
        return counts;
    }

    /** A's project, participants, responses, imports, tokens and evaluation run as A reads them, and F's grants. */
    private Map<String, JsonNode> snapshotOfA() {
        Map<String, JsonNode> snapshot = new LinkedHashMap<>();
        String project = "/api/v1/projects/" + world.aProject();
        for (String path : List.of(project, project + "/participants", project + "/responses", project + "/imports",
                "/api/v1/users/" + world.aUser() + "/tokens", "/api/v1/jobs/" + world.aJob())) {
            JsonNode node = ok(http.send("GET", path, world.aToken(), null)).json();
            // Reading the snapshot uses A's token; when it was last used is not data B could change.
            node.valueStream().filter(JsonNode::isObject)
                    .forEach(entry -> ((tools.jackson.databind.node.ObjectNode) entry).remove("lastUsedAt"));
            snapshot.put(path, node);
        }
        String grants = "/api/v1/grant-pools/" + world.fPool() + "/grants";
        snapshot.put(grants, ok(http.send("GET", grants, world.fFunderToken(), null)).json());
        return snapshot;
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
