package dk.virkning.api.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class AccessApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void describesEveryAccessEndpointInTheOpenApiDocument() {
        ApiClient.Response docs = new ApiClient(port).get(null, "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.get("/api/v1/organisations").has("post")).isTrue();
        assertThat(paths.get("/api/v1/organisations").has("get")).isTrue();
        assertThat(paths.get("/api/v1/organisations/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/organisations/{id}/audit").has("get")).isTrue();
        assertThat(paths.get("/api/v1/users").has("post")).isTrue();
        assertThat(paths.get("/api/v1/users/me").has("get")).isTrue();
        assertThat(paths.get("/api/v1/users/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/users/{userId}/tokens").has("post")).isTrue();
        assertThat(paths.get("/api/v1/users/{userId}/tokens").has("get")).isTrue();
        assertThat(paths.get("/api/v1/users/{userId}/tokens/{tokenId}").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/grant-pools").has("post")).isTrue();
        assertThat(paths.get("/api/v1/grant-pools").has("get")).isTrue();
        assertThat(paths.get("/api/v1/grant-pools/{id}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/grant-pools/{id}/grants").has("post")).isTrue();
        assertThat(paths.get("/api/v1/grant-pools/{id}/grants").has("get")).isTrue();
        assertThat(paths.get("/api/v1/organisations").get("post").get("summary").asString())
                .contains("platform administrators");
        assertThat(tag(paths, "/api/v1/organisations/{id}/audit", "get")).isEqualTo("Organisations");
        assertThat(tag(paths, "/api/v1/users/me", "get")).isEqualTo("Users");
        assertThat(tag(paths, "/api/v1/users/{userId}/tokens", "post")).isEqualTo("Access tokens");
        assertThat(tag(paths, "/api/v1/grant-pools/{id}/grants", "post")).isEqualTo("Grant pools");
    }

    private static String tag(JsonNode paths, String path, String method) {
        return paths.get(path).get(method).get("tags").get(0).asString();
    }
}
