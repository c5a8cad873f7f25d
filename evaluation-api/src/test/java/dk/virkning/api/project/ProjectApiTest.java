package dk.virkning.api.project;

import static dk.virkning.api.project.RegistryApi.expect;
import static dk.virkning.api.project.RegistryApi.who5Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
class ProjectApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    RegistryApi api;
    RegistryApi.Tenant tenant;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
        tenant = api.newTenant();
    }

    long projects() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from project").mapTo(Long.class).one());
    }

    @Test
    void createsAProjectAndEchoesItWithIdsAndTheDerivedAgeGroup() {
        ApiClient.Response created = api.post(tenant.token(), "/api/v1/projects", who5Project("Besøgsvenner",
                "successCriteria", List.of(Map.of("name", "Fremmøde", "target", 75, "unit", "%")),
                "costDkk", 125000.5, "periodStart", "2025-01-01"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("organisationId").asLong()).isEqualTo(tenant.organisationId());
        assertThat(p.get("ageGroup").asString()).isEqualTo("OLDER");
        assertThat(p.get("design").asString()).isEqualTo("PRE_POST");
        assertThat(p.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(p.get("periodEnd").isNull()).isTrue();
        assertThat(p.get("waves").valueStream().map(w -> w.get("name").asString())).containsExactly("baseline", "post");
        assertThat(p.get("waves").get(1).get("id").asLong()).isPositive();
        assertThat(p.get("geography").get("municipalityCodes").get(0).asString()).isEqualTo("101");
        assertThat(p.get("successCriteria").get(0).get("target").asInt()).isEqualTo(75);
        assertThat(p.get("costDkk").asDouble()).isEqualTo(125000.5);
        assertThat(p.get("createdAt").isNull()).isFalse();

        ApiClient.Response read = api.get(tenant.token(), "/api/v1/projects/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(p);
        assertThat(api.get(tenant.token(), "/api/v1/projects").json().valueStream().map(j -> j.get("id").asLong()))
                .containsExactly(created.id());
    }

    @Test
    void replacesAProjectKeepingTheIdsOfWavesThatKeepTheirNames() {
        JsonNode created = expect(api.post(tenant.token(), "/api/v1/projects", who5Project("Før")), 201).json();
        long postId = created.get("waves").get(1).get("id").asLong();

        ApiClient.Response replaced = api.put(tenant.token(), "/api/v1/projects/" + created.get("id").asLong(),
                who5Project("Efter", "targetAgeMin", 18, "targetAgeMax", 30, "waves", List.of(
                        Map.of("name", "baseline", "offsetDays", 0), Map.of("name", "post", "offsetDays", 120),
                        Map.of("name", "follow-up", "offsetDays", 365))));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.text("title")).isEqualTo("Efter");
        assertThat(replaced.text("ageGroup")).isEqualTo("ADULTS");
        assertThat(replaced.json().get("waves").get(1).get("id").asLong()).isEqualTo(postId);
        assertThat(replaced.json().get("waves").get(2).get("name").asString()).isEqualTo("follow-up");
    }

    @Test
    void refusesAnInvalidProjectNamingEveryFieldAndStoresNothing() {
        long before = projects();
        ApiClient.Response refused = api.post(tenant.token(), "/api/v1/projects", who5Project("Ugyldig",
                "interventionTypes", List.of("OTHER"),
                "geography", Map.of("national", false, "regionCodes", List.of("1080"), "municipalityCodes",
                        List.of("999", "1234")),
                "instruments", List.of("WHO5", "NOPE"),
                "waves", List.of(Map.of("name", "post", "offsetDays", 90))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("title")).isEqualTo("Invalid input");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("interventionOther", "geography.regionCodes.0",
                "geography.municipalityCodes.0", "geography.municipalityCodes.1", "instruments.1", "waves");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void answersMalformedJsonAndUnknownEnumValuesWith400NamingTheField() {
        long before = projects();
        ApiClient.Response malformed = api.post(tenant.token(), "/api/v1/projects", "{\"title\": \"x\", ");
        ApiClient.Response design = api.post(tenant.token(), "/api/v1/projects", who5Project("x", "design", "CASE_STUDY"));
        ApiClient.Response type = api.post(tenant.token(), "/api/v1/projects",
                who5Project("x", "interventionTypes", List.of("COUNSELLING", "KNITTING")));
        ApiClient.Response wrongType = api.post(tenant.token(), "/api/v1/projects", who5Project("x", "targetAgeMin", "old"));
        ApiClient.Response badId = api.get(tenant.token(), "/api/v1/projects/abc");
        ApiClient.Response typo = api.post(tenant.token(), "/api/v1/projects", who5Project("x", "interventionType",
                List.of("COUNSELLING")));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(design.status()).isEqualTo(400);
        assertThat(design.errorFields()).containsExactly("design");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.errorFields()).containsExactly("interventionTypes.1");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("targetAgeMin");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.errorFields()).containsExactly("interventionType");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void hidesAProjectFromOtherOrganisationsAndPlatformAdministrators() {
        long id = api.createProject(tenant.token(), who5Project("Privat"));
        RegistryApi.Tenant other = api.newTenant();

        assertThat(api.get(other.token(), "/api/v1/projects/" + id).status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/v1/projects/" + (id + 100000)).status()).isEqualTo(404);
        assertThat(api.put(other.token(), "/api/v1/projects/" + id, who5Project("Kapret")).status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/v1/projects").json().valueStream().map(j -> j.get("id").asLong()))
                .doesNotContain(id);
        assertThat(api.post(other.token(), "/api/v1/projects",
                who5Project("Fremmed", "organisationId", tenant.organisationId())).status()).isEqualTo(422);
        assertThat(api.get(RegistryApi.ADMIN_TOKEN, "/api/v1/projects/" + id).status()).isEqualTo(403);
        assertThat(api.get(RegistryApi.ADMIN_TOKEN, "/api/v1/projects").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/projects/" + id).status()).isEqualTo(401);
        assertThat(api.get(tenant.token(), "/api/v1/projects/" + id).text("title")).isEqualTo("Privat");
    }

    @Test
    void describesTheRegistryEndpointsInTheOpenApiDocument() {
        JsonNode paths = api.get(null, "/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/v1/projects").has("post")).isTrue();
        assertThat(paths.get("/api/v1/projects/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/participants").has("post")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/participants/{code}").has("put")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/participants/{code}/erasure").has("post")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/responses").has("post")).isTrue();
        assertThat(paths.get("/api/v1/projects/{projectId}/responses").get("get").get("tags").get(0).asString())
                .isEqualTo("Responses");
    }
}
