package dk.virkning.api.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.api.user.ApiClient;

/**
 * Real HTTP calls for the project, participant and response API tests. Organisations, users and
 * tokens are created through the access API as the bootstrap administrator ({@link ApiClient}).
 */
public final class RegistryApi {

    /** The same properties as the access tests, so that all API tests share one application context. */
    public static final String BOOTSTRAP_PROPERTY = ApiClient.BOOTSTRAP_PROPERTY;
    public static final String EPHEMERAL_DATABASE = ApiClient.EPHEMERAL_DATABASE;
    public static final String ADMIN_TOKEN = ApiClient.ADMIN_TOKEN;

    private final ApiClient access;

    public RegistryApi(int port) {
        this.access = new ApiClient(port);
    }

    /** An organisation and a STAFF member's token. */
    public record Tenant(long organisationId, String token) {
    }

    public Tenant newTenant() {
        long organisation = access.createOrganisation(ApiClient.unique("Forening"), "NGO");
        return new Tenant(organisation, access.tokenFor(organisation, "STAFF"));
    }

    public ApiClient.Response get(String token, String path) {
        return access.get(token, path);
    }

    public ApiClient.Response post(String token, String path, Object body) {
        return access.post(token, path, body);
    }

    public ApiClient.Response put(String token, String path, Object body) {
        return access.put(token, path, body);
    }

    /** A WHO5 PRE_POST project body with waves baseline (0) and post (90); entries can be overridden. */
    public static Map<String, Object> who5Project(String title, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("geography", Map.of("national", false, "regionCodes", List.of("1084"), "municipalityCodes",
                List.of("101")));
        body.put("targetAgeMin", 65);
        body.put("interventionTypes", List.of("VISITING_FRIEND_MENTOR"));
        body.put("strategies", List.of("SOCIAL_SUPPORT"));
        body.put("arenas", List.of("HOME_HOUSING"));
        body.put("purposes", List.of("RELIEVE"));
        body.put("design", "PRE_POST");
        body.put("instruments", List.of("WHO5"));
        body.put("waves", List.of(Map.of("name", "baseline", "offsetDays", 0), Map.of("name", "post", "offsetDays", 90)));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    public long createProject(String token, Map<String, Object> body) {
        return expect(post(token, "/api/v1/projects", body), 201).id();
    }

    public void createParticipant(String token, long projectId, String code) {
        expect(post(token, "/api/v1/projects/" + projectId + "/participants", participant(code)), 201);
    }

    public static Map<String, Object> participant(String code, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("consentEvaluation", true);
        body.put("consentDate", "2025-01-10");
        body.put("enrolledOn", "2025-01-10");
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    public static Map<String, Object> who5Response(String code, String wave, int... answers) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            items.put(String.valueOf(i + 1), answers[i]);
        }
        return Map.of("participantCode", code, "wave", wave, "instrument", "WHO5", "answeredOn", "2025-02-01",
                "items", items);
    }

    public static ApiClient.Response expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }
}
