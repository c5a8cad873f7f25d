package dk.virkning.api.participant;

import static dk.virkning.api.project.RegistryApi.participant;
import static dk.virkning.api.project.RegistryApi.who5Project;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class ParticipantApiTest {

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
        projectId = api.createProject(tenant.token(), who5Project("Deltagere"));
        path = "/api/v1/projects/" + projectId + "/participants";
    }

    long participants() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from participant where project_id = :p")
                .bind("p", projectId).mapTo(Long.class).one());
    }

    @Test
    void registersAParticipantWithDefaultsAndListsIt() {
        ApiClient.Response created = api.post(tenant.token(), path, participant("P-001", "birthYear", 1948,
                "gender", "FEMALE", "municipalityCode", "751", "recruitmentChannel", "PREVENTIVE_HOME_VISIT"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo("P-001");
        assertThat(created.text("arm")).isEqualTo("INTERVENTION");
        assertThat(created.json().get("consentResearch").asBoolean()).isFalse();
        assertThat(created.text("gender")).isEqualTo("FEMALE");
        assertThat(created.text("enrolledOn")).isEqualTo("2025-01-10");
        assertThat(api.get(tenant.token(), path).json().valueStream().map(p -> p.get("code").asString()))
                .containsExactly("P-001");
        assertThat(api.post(tenant.token(), path, participant("P-001")).status()).isEqualTo(409);
        assertThat(participants()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "0101901234", "anna@example.dk", "+45 20 30 40 50", "20304050", "   ",
            "this-code-is-far-too-long-to-be-a-participant-code-in-virkning-000"})
    void refusesCodesThatLookLikeDirectIdentifiersOrAreNotCodes(String code) {
        ApiClient.Response refused = api.post(tenant.token(), path, participant(code));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("code");
        assertThat(refused.body()).doesNotContain("1234").doesNotContain("anna");
        assertThat(participants()).isZero();
    }

    @Test
    void refusesAControlParticipantInAPrePostProjectAndOneWithoutConsent() {
        ApiClient.Response control = api.post(tenant.token(), path, participant("K1", "arm", "CONTROL"));
        ApiClient.Response noConsent = api.post(tenant.token(), path, participant("K2", "consentEvaluation", false));
        ApiClient.Response badGender = api.post(tenant.token(), path, participant("K3", "gender", "WOMAN"));

        assertThat(control.status()).isEqualTo(422);
        assertThat(control.errorFields()).containsExactly("arm");
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.errorFields()).containsExactly("consentEvaluation");
        assertThat(badGender.status()).isEqualTo(400);
        assertThat(badGender.errorFields()).containsExactly("gender");
        assertThat(participants()).isZero();
    }

    @Test
    void recordsADropoutAndErasesAParticipant() {
        api.createParticipant(tenant.token(), projectId, "P1");

        ApiClient.Response dropout = api.put(tenant.token(), path + "/P1",
                Map.of("droppedOutOn", "2025-03-01", "dropoutReason", "Flyttet"));
        assertThat(dropout.status()).isEqualTo(200);
        assertThat(dropout.text("droppedOutOn")).isEqualTo("2025-03-01");

        ApiClient.Response erased = api.post(tenant.token(), path + "/P1/erasure", "");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("erasedAt").isNull()).isFalse();
        assertThat(erased.json().get("dropoutReason").isNull()).isTrue();
        assertThat(api.get(tenant.token(), path + "/P2").status()).isEqualTo(404);
    }

    /** A PUT replaces the drop-out only, and only when both of its fields are given: {} changes nothing. */
    @Test
    void refusesAnEmptyPutAndNeverTouchesConsentOrDemographics() {
        api.post(tenant.token(), path, participant("P1", "birthYear", 1950, "gender", "FEMALE", "consentResearch", true));
        ApiClient.Response dropout = api.put(tenant.token(), path + "/P1",
                Map.of("droppedOutOn", "2025-03-01", "dropoutReason", "Flyttet"));
        assertThat(dropout.status()).isEqualTo(200);

        ApiClient.Response empty = api.put(tenant.token(), path + "/P1", Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text("detail")).contains("droppedOutOn").contains("required");
        assertThat(api.put(tenant.token(), path + "/P1", Map.of("droppedOutOn", "2025-03-01")).status()).isEqualTo(422);

        ApiClient.Response after = api.get(tenant.token(), path + "/P1");
        assertThat(after.text("droppedOutOn")).isEqualTo("2025-03-01");
        assertThat(after.text("dropoutReason")).isEqualTo("Flyttet");
        assertThat(after.json().get("birthYear").asInt()).isEqualTo(1950);
        assertThat(after.text("gender")).isEqualTo("FEMALE");
        assertThat(after.json().get("consentEvaluation").asBoolean()).isTrue();
        assertThat(after.json().get("consentResearch").asBoolean()).isTrue();

        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("droppedOutOn", null);
        clear.put("dropoutReason", null);
        ApiClient.Response cleared = api.put(tenant.token(), path + "/P1", clear);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("droppedOutOn").isNull()).isTrue();
        assertThat(cleared.json().get("birthYear").asInt()).isEqualTo(1950);
    }

    @Test
    void hidesParticipantsFromOtherOrganisationsAndPlatformAdministrators() {
        api.createParticipant(tenant.token(), projectId, "P1");
        RegistryApi.Tenant other = api.newTenant();

        assertThat(api.get(other.token(), path).status()).isEqualTo(404);
        assertThat(api.get(other.token(), path + "/P1").status()).isEqualTo(404);
        assertThat(api.post(other.token(), path, participant("P2")).status()).isEqualTo(404);
        assertThat(api.put(other.token(), path + "/P1", Map.of("droppedOutOn", "2025-03-01", "dropoutReason", "x"))
                .status()).isEqualTo(404);
        assertThat(api.post(other.token(), path + "/P1/erasure", "").status()).isEqualTo(404);
        assertThat(api.get(RegistryApi.ADMIN_TOKEN, path).status()).isEqualTo(403);
        assertThat(api.post(RegistryApi.ADMIN_TOKEN, path, participant("P3")).status()).isEqualTo(403);
        assertThat(participants()).isEqualTo(1);
    }
}
