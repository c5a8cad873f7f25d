package dk.virkning.api.response;

import static dk.virkning.api.project.RegistryApi.who5Project;
import static dk.virkning.api.project.RegistryApi.who5Response;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class ResponseApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    RegistryApi api;
    RegistryApi.Tenant tenant;
    long projectId;
    String path;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
        tenant = api.newTenant();
        projectId = api.createProject(tenant.token(), who5Project("Svar"));
        api.createParticipant(tenant.token(), projectId, "P1");
        path = "/api/v1/projects/" + projectId + "/responses";
    }

    long rows(String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table + " where organisation_id = :o")
                .bind("o", tenant.organisationId()).mapTo(Long.class).one());
    }

    /** The walk: organisation and staff token, a WHO5 PRE_POST project, a participant, two responses. */
    @Test
    void storesTwoScoredResponsesOfAParticipant() {
        ApiClient.Response baseline = api.post(tenant.token(), path, who5Response("P1", "baseline", 4, 3, 3, 2, 1));
        ApiClient.Response post = api.post(tenant.token(), path, who5Response("P1", "post", 5, 5, 5, 5, 5));

        assertThat(baseline.status()).isEqualTo(201);
        JsonNode b = baseline.json();
        assertThat(b.get("score").asDouble()).isEqualTo(52.0);
        assertThat(b.get("participantCode").asString()).isEqualTo("P1");
        assertThat(b.get("wave").asString()).isEqualTo("baseline");
        assertThat(b.get("instrument").asString()).isEqualTo("WHO5");
        assertThat(b.get("instrumentVersion").asString()).isEqualTo("1.0");
        assertThat(b.get("mode").asString()).isEqualTo("STAFF_ENTERED");
        assertThat(b.get("source").asString()).isEqualTo("API");
        assertThat(b.get("items").get("3").asInt()).isEqualTo(3);
        assertThat(b.get("categories").isEmpty()).isTrue();
        assertThat(b.get("isCase").asBoolean()).isFalse();
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.json().get("score").asDouble()).isEqualTo(100.0);

        ApiClient.Response low = api.post(tenant.token(), path, Map.of("participantCode", "P1", "wave", "post",
                "instrument", "WHO5", "answeredOn", "2025-02-01", "mode", "SELF",
                "items", Map.of("1", 1, "2", 1, "3", 1, "4", 1, "5", 1)));
        assertThat(low.status()).isEqualTo(200);
        assertThat(low.json().get("score").asDouble()).isEqualTo(20.0);
        assertThat(low.json().get("categories").valueStream().map(JsonNode::asString))
                .containsExactly("LOW_WELLBEING", "LIKELY_DEPRESSION");
        assertThat(low.json().get("isCase").asBoolean()).isTrue();

        ApiClient.Response listed = api.get(tenant.token(), path);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(r -> r.get("score").asDouble())).containsExactly(52.0, 20.0);
        assertThat(api.get(tenant.token(), path + "?wave=post&instrument=WHO5").json().size()).isEqualTo(1);
        assertThat(api.get(tenant.token(), path + "?wave=follow-up").status()).isEqualTo(422);
    }

    @Test
    void refusesAnAnswerOutsideTheInstrumentNamingTheItemAndStoresNothing() {
        ApiClient.Response refused = api.post(tenant.token(), path, who5Response("P1", "baseline", 4, 3, 7, 2, 1));
        ApiClient.Response fraction = api.post(tenant.token(), path, Map.of("participantCode", "P1", "wave", "baseline",
                "instrument", "WHO5", "answeredOn", "2025-02-01",
                "items", Map.of("1", 4.5, "2", 3, "3", 3, "4", 2, "5", 1)));
        ApiClient.Response missing = api.post(tenant.token(), path, who5Response("P1", "baseline", 4, 3, 3, 2));
        ApiClient.Response unknown = api.post(tenant.token(), path, Map.of("participantCode", "P9", "wave", "middle",
                "instrument", "TILS", "answeredOn", "2024-12-01", "items", Map.of("1", 1)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("items.3");
        assertThat(fraction.status()).isEqualTo(422);
        assertThat(fraction.errorFields()).containsExactly("items.1");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("items.5");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("participantCode", "wave", "instrument");
        assertThat(rows("response")).isZero();
    }

    @Test
    void answeredBeforeEnrolmentIsRefused() {
        ApiClient.Response early = api.post(tenant.token(), path, Map.of("participantCode", "P1", "wave", "baseline",
                "instrument", "WHO5", "answeredOn", "2025-01-09", "items", Map.of("1", 1, "2", 1, "3", 1, "4", 1, "5", 1)));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.errorFields()).containsExactly("answeredOn");
        assertThat(rows("response")).isZero();
    }

    @Test
    void replacingWritesOneHistoryRowAndAnIdenticalResubmissionNone() {
        ApiClient.Response first = api.post(tenant.token(), path, who5Response("P1", "baseline", 4, 3, 3, 2, 1));
        ApiClient.Response replaced = api.post(tenant.token(), path, who5Response("P1", "baseline", 5, 3, 3, 2, 1));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.json().get("score").asDouble()).isEqualTo(56.0);
        assertThat(rows("response_history")).isEqualTo(1);

        ApiClient.Response identical = api.post(tenant.token(), path, who5Response("P1", "baseline", 5, 3, 3, 2, 1));

        assertThat(identical.status()).isEqualTo(200);
        assertThat(identical.json()).isEqualTo(replaced.json());
        assertThat(rows("response_history")).isEqualTo(1);
        assertThat(rows("response")).isEqualTo(1);
    }

    @Test
    void aWaveWithResponsesCannotBeRemovedFromTheProject() {
        api.post(tenant.token(), path, who5Response("P1", "post", 4, 3, 3, 2, 1));

        ApiClient.Response conflict = api.put(tenant.token(), "/api/v1/projects/" + projectId, who5Project("Svar",
                "waves", List.of(Map.of("name", "baseline", "offsetDays", 0), Map.of("name", "end", "offsetDays", 90))));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text("detail")).contains("'post'");
    }

    @Test
    void anotherOrganisationGets404AndThePlatformAdministrator403() {
        api.post(tenant.token(), path, who5Response("P1", "baseline", 4, 3, 3, 2, 1));
        RegistryApi.Tenant other = api.newTenant();

        assertThat(api.get(other.token(), "/api/v1/projects/" + projectId).status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/v1/projects/" + projectId + "/participants").status()).isEqualTo(404);
        assertThat(api.get(other.token(), path).status()).isEqualTo(404);
        assertThat(api.post(other.token(), path, who5Response("P1", "baseline", 9, 9, 9, 9, 9)).status()).isEqualTo(404);
        assertThat(api.get(RegistryApi.ADMIN_TOKEN, path).status()).isEqualTo(403);
        assertThat(api.post(RegistryApi.ADMIN_TOKEN, path, who5Response("P1", "post", 1, 1, 1, 1, 1)).status())
                .isEqualTo(403);
        assertThat(rows("response")).isEqualTo(1);
    }

    @Test
    void answersMalformedJsonAndUnknownModesWith400() {
        ApiClient.Response malformed = api.post(tenant.token(), path, "{\"participantCode\": \"P1\", \"items\": {\"1\": }");
        ApiClient.Response mode = api.post(tenant.token(), path, Map.of("participantCode", "P1", "wave", "baseline",
                "instrument", "WHO5", "answeredOn", "2025-02-01", "mode", "PIGEON", "items", Map.of("1", 1)));
        ApiClient.Response date = api.post(tenant.token(), path, Map.of("participantCode", "P1", "wave", "baseline",
                "instrument", "WHO5", "answeredOn", "2025-02-30", "items", Map.of("1", 1)));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(mode.status()).isEqualTo(400);
        assertThat(mode.errorFields()).containsExactly("mode");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.errorFields()).containsExactly("answeredOn");
        assertThat(rows("response")).isZero();
    }
}
