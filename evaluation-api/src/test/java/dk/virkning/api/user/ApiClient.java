package dk.virkning.api.user;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the API tests of the access features, with fixtures that go through the
 * API as an installation is run: the platform administrator creates organisations and their first
 * ORG_ADMIN, who creates the other users and issues their tokens.
 */
public final class ApiClient {

    public static final String ADMIN_TOKEN = "bootstrap-token-for-api-tests-0123456789";
    /**
     * The bootstrap administrator's token, as a test property. The embedded database is made
     * ephemeral here rather than in a test application.yml, which would hide the main one.
     * Every access test uses these same properties, so they share one application context.
     */
    public static final String BOOTSTRAP_PROPERTY = "virkning.bootstrap.admin.token=" + ADMIN_TOKEN;
    public static final String EPHEMERAL_DATABASE = "virkning.database.embedded.ephemeral=true";

    private static final List<String> ACCESS_TABLES = List.of("organisation", "app_user", "membership",
            "access_token", "grant_pool", "grant_award", "audit_log");

    // Shared by every client of the test JVM, since the tests share one application context and database.
    private static final Map<Long, String> ORG_ADMINS = new ConcurrentHashMap<>();
    private static final Map<Long, String> MANAGERS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, JsonNode json) {

        public long id() {
            return json.get("id").asLong();
        }

        public String text(String field) {
            return json.get(field).asString();
        }

        /** The {@code field} of every entry in a problem detail's {@code errors}. */
        public List<String> errorFields() {
            JsonNode errors = json.get("errors");
            return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
        }
    }

    public Response get(String token, String path) {
        return send(token, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response delete(String token, String path) {
        return send(token, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Posts a body given either as a raw JSON string or as an object to serialise. */
    public Response post(String token, String path, Object body) {
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return send(token, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Puts a body given either as a raw JSON string or as an object to serialise. */
    public Response put(String token, String path, Object body) {
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return send(token, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    private Response send(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            return new Response(response.statusCode(), body, node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long createOrganisation(String name, String kind) {
        Response created = post(ADMIN_TOKEN, "/api/v1/organisations", Map.of("name", name, "kind", kind));
        check(created, 201);
        return created.id();
    }

    /**
     * The token of the organisation's first ORG_ADMIN, created the way an installation is
     * bootstrapped: the platform administrator creates them and hands over their first token.
     */
    public String orgAdminToken(long organisationId) {
        return ORG_ADMINS.computeIfAbsent(organisationId, org -> {
            Response created = post(ADMIN_TOKEN, "/api/v1/users", Map.of(
                    "email", uniqueEmail(), "name", "First admin",
                    "memberships", List.of(Map.of("organisationId", org, "role", "ORG_ADMIN"))));
            check(created, 201);
            Response issued = post(ADMIN_TOKEN, "/api/v1/users/" + created.id() + "/tokens", Map.of("label", "handover"));
            check(issued, 201);
            return issued.text("token");
        });
    }

    /** Creates a user with one membership, as the organisation's (first) ORG_ADMIN; returns the user's id. */
    public long createUser(long organisationId, String role) {
        String admin = orgAdminToken(organisationId);
        long id = createUser(admin, organisationId, role);
        MANAGERS.put(id, admin);
        return id;
    }

    public long createUser(String token, long organisationId, String role) {
        Response created = post(token, "/api/v1/users", Map.of(
                "email", uniqueEmail(), "name", "Test " + role,
                "memberships", List.of(Map.of("organisationId", organisationId, "role", role))));
        check(created, 201);
        MANAGERS.putIfAbsent(created.id(), token);
        return created.id();
    }

    /** A token for a user made by {@link #createUser}, issued by the ORG_ADMIN who created them. */
    public String issueToken(long userId) {
        String manager = MANAGERS.get(userId);
        if (manager == null) {
            throw new IllegalStateException("user " + userId + " was not created through this client");
        }
        Response issued = post(manager, "/api/v1/users/" + userId + "/tokens", Map.of("label", "test"));
        check(issued, 201);
        return issued.text("token");
    }

    /** A user with one role in the organisation, and a token for them. */
    public String tokenFor(long organisationId, String role) {
        return issueToken(createUser(organisationId, role));
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Row counts of the tables the access features write, to prove a rejected request wrote nothing. */
    public static Map<String, Long> rowCounts(Jdbi jdbi) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> ACCESS_TABLES.forEach(table ->
                counts.put(table, h.createQuery("select count(*) from " + table).mapTo(Long.class).one())));
        return counts;
    }

    private static void check(Response response, int expected) {
        if (response.status() != expected) {
            throw new IllegalStateException("Expected " + expected + " but got " + response.status() + ": " + response.body());
        }
    }
}
