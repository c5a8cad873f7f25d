package dk.virkning.api.result;

import static dk.virkning.api.project.RegistryApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class ResultApiTest {

    /** Baseline and post WHO-5 answers of 12 participants; 3 of them leave low well-being (≤ 50). */
    private static final int[][] BASELINE = {
            {2, 2, 2, 2, 2}, {2, 2, 2, 2, 1}, {2, 2, 2, 3, 2}, {4, 4, 3, 3, 3}, {4, 4, 4, 3, 3}, {3, 3, 3, 3, 4},
            {4, 4, 4, 4, 4}, {3, 4, 4, 3, 3}, {5, 4, 4, 4, 3}, {3, 3, 4, 4, 3}, {4, 3, 3, 3, 3}, {4, 4, 4, 4, 3}};
    private static final int[][] POST = {
            {3, 3, 3, 3, 3}, {3, 3, 3, 3, 2}, {3, 3, 3, 3, 3}, {4, 4, 4, 3, 4}, {4, 4, 4, 4, 3}, {3, 4, 4, 3, 4},
            {4, 4, 4, 4, 5}, {4, 4, 4, 4, 3}, {5, 5, 4, 4, 3}, {4, 3, 4, 4, 4}, {4, 4, 3, 3, 4}, {4, 4, 4, 4, 4}};

    /** A WITHIN row as the evaluation job stored it before the statistics contract became records. */
    private static final String EARLIER_WITHIN_ROW = resource("/contract/earlier-within-row.json");

    @LocalServerPort
    int port;

    @Autowired
    Jdbi jdbi;

    RegistryApi api;
    ApiClient access;
    RegistryApi.Tenant tenant;
    long projectId;
    String funderToken;

    @BeforeEach
    void evaluatedProjectFundedByAFoundation() {
        api = new RegistryApi(port);
        access = new ApiClient(port);
        tenant = api.newTenant();
        long foundation = access.createOrganisation(ApiClient.unique("Fond"), "FOUNDATION");
        projectId = api.createProject(tenant.token(), RegistryApi.who5Project(ApiClient.unique("Resultater"),
                "partners", List.of(Map.of("organisationId", foundation, "role", "FUNDER"))));
        for (int i = 0; i < BASELINE.length; i++) {
            String code = "R" + (i + 1);
            expect(api.post(tenant.token(), "/api/v1/projects/" + projectId + "/participants",
                    RegistryApi.participant(code, "gender", i < 3 ? "MALE" : "FEMALE")), 201);
            expect(api.post(tenant.token(), "/api/v1/projects/" + projectId + "/responses",
                    RegistryApi.who5Response(code, "baseline", BASELINE[i])), 201);
            expect(api.post(tenant.token(), "/api/v1/projects/" + projectId + "/responses",
                    RegistryApi.who5Response(code, "post", POST[i])), 201);
        }
        funderToken = access.tokenFor(foundation, "FUNDER");
        long pool = expect(api.post(funderToken, "/api/v1/grant-pools",
                Map.of("organisationId", foundation, "name", "Pulje mod ensomhed")), 201).id();
        expect(api.post(funderToken, "/api/v1/grant-pools/" + pool + "/grants",
                Map.of("projectId", projectId, "amountDkk", 100000)), 201);

        long job = expect(api.post(tenant.token(), "/api/v1/jobs/evaluation", Map.of("projectIds", List.of(projectId))),
                202).json().get("id").asLong();
        awaitCompleted(tenant.token(), job);
    }

    @Test
    void staffSeeEveryCellOfTheirProject() {
        JsonNode all = within(tenant.token(), "ALL");
        assertThat(all.get("n").asInt()).isEqualTo(12);
        assertThat(all.get("statistics").get("cases_pre").asInt()).isEqualTo(3);
        assertThat(all.get("statistics").get("cases_resolved").asInt()).isEqualTo(3);
        assertThat(all.get("withheld")).isEmpty();
        JsonNode men = row(tenant.token(), "GENDER", "MALE");
        assertThat(men.get("n").asInt()).isEqualTo(3);
        assertThat(men.get("suppressed").asBoolean()).isTrue();
        assertThat(men.get("statistics").get("mean_change").isNumber()).isTrue();
    }

    @Test
    void fundersNeverSeeACountBelowFive() {
        JsonNode all = within(funderToken, "ALL");
        assertThat(all.get("n").asInt()).isEqualTo(12);
        assertThat(all.get("statistics").get("mean_change").isNumber()).isTrue();
        assertThat(all.get("statistics").get("cases_resolved").isNull()).isTrue();
        assertThat(all.get("statistics").get("mcnemar_p").isNull()).isTrue();
        assertThat(all.get("withheld").toString()).contains("cases_pre", "cases_resolved", "mcnemar_p");

        JsonNode men = row(funderToken, "GENDER", "MALE");
        assertThat(men.get("n").isNull()).isTrue();
        assertThat(men.get("statistics").get("mean_change").isNull()).isTrue();
        JsonNode body = expect(api.get(funderToken, "/api/v1/projects/" + projectId + "/results"), 200).json();
        for (JsonNode r : body) {
            r.get("statistics").properties().forEach(field -> {
                if (field.getKey().startsWith("n") || field.getKey().startsWith("cases_")
                        || field.getKey().startsWith("mic_")
                        || java.util.List.of("rci_improved", "rci_unchanged", "rci_deteriorated").contains(field.getKey())) {
                    JsonNode v = field.getValue();
                    assertThat(v.isNull() || v.asInt() == 0 || v.asInt() >= 5).as(field.getKey()).isTrue();
                }
                // α's n against the shown pairs would give the baseline-only respondents
                if (field.getKey().equals("cronbach_alpha_n")) {
                    assertThat(field.getValue().isNull()).as("cronbach_alpha_n").isTrue();
                }
            });
        }
    }

    @Test
    void aResultStoredByAnEarlierVersionIsServedFieldForField() {
        int updated = jdbi.withHandle(h -> h.createUpdate("""
                update evaluation_result set statistics = cast(:statistics as jsonb)
                 where project_id = :project and instrument = 'WHO5' and analysis = 'WITHIN' and subgroup_type = 'ALL'
                """).bind("statistics", EARLIER_WITHIN_ROW).bind("project", projectId).execute());
        assertThat(updated).isEqualTo(1);

        JsonNode staff = within(tenant.token(), "ALL").get("statistics");
        // read field for field; the fields the contract gained since (smcr, smcr_vi) are null
        // and so are the reliable change and α
        assertThat(staff.toString()).isEqualTo(EARLIER_WITHIN_ROW.replace("\"wilcoxon_v\"",
                "\"smcr\":null,\"smcr_vi\":null,\"wilcoxon_v\"").replace("}", ",\"rci_reliability\":null,"
                + "\"rci_reliability_kind\":null,\"rci_s_diff\":null,\"rci_threshold\":null,\"rci_improved\":null,"
                + "\"rci_unchanged\":null,\"rci_deteriorated\":null,\"share_rci_improved\":null,"
                + "\"share_rci_unchanged\":null,\"share_rci_deteriorated\":null,\"cronbach_alpha\":null,"
                + "\"cronbach_alpha_n\":null,\"bocf_n\":null,\"bocf_n_imputed\":null,\"bocf_mean_change\":null,"
                + "\"bocf_ci_change\":null,\"bocf_p\":null,\"bocf_differs\":null}"));

        JsonNode funder = within(funderToken, "ALL");
        assertThat(funder.get("statistics").get("mean_change").asDouble()).isEqualTo(-0.6666666666666665);
        assertThat(funder.get("statistics").get("mic_deteriorated").asInt()).isEqualTo(5);
        assertThat(funder.get("withheld").toString()).isEqualTo("[\"cases_pre\",\"cases_post\",\"cases_resolved\","
                + "\"cases_new\",\"mcnemar_p\",\"mcnemar_exact_p\",\"mic_improved\",\"share_improved\"]");
    }

    @Test
    void otherOrganisationsGetNotFoundAndPlatformAdminsForbidden() {
        RegistryApi.Tenant other = api.newTenant();
        assertThat(api.get(other.token(), "/api/v1/projects/" + projectId + "/results").status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/v1/projects/" + projectId + "/economy").status()).isEqualTo(404);
        assertThat(api.get(ApiClient.ADMIN_TOKEN, "/api/v1/projects/" + projectId + "/results").status()).isEqualTo(403);
    }

    @Test
    void rejectsAnUnknownAnalysisFilter() {
        ApiClient.Response response = api.get(tenant.token(), "/api/v1/projects/" + projectId + "/results?analysis=GUESS");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("analysis");
    }

    @Test
    void economyOfAWho5OnlyProjectIsNotValuedRatherThanZero() {
        long job = expect(api.post(ApiClient.ADMIN_TOKEN, "/api/v1/jobs/economy", Map.of()), 202).json().get("id").asLong();
        awaitCompleted(ApiClient.ADMIN_TOKEN, job);
        JsonNode estimates = expect(api.get(tenant.token(), "/api/v1/projects/" + projectId + "/economy"), 200).json();
        assertThat(estimates).hasSize(1);
        assertThat(estimates.get(0).get("status").asString()).isEqualTo("NOT_VALUED");
        assertThat(estimates.get(0).get("notValuedReason").asString()).isNotBlank();
        assertThat(estimates.get(0).get("figures").get("wellbys").isNull()).isTrue();
    }

    @Test
    void jobProgressIsOnlyForWhoeverStartedIt() {
        long job = expect(api.post(tenant.token(), "/api/v1/jobs/evaluation", Map.of("projectIds", List.of(projectId))),
                202).json().get("id").asLong();
        awaitCompleted(tenant.token(), job);
        assertThat(api.get(api.newTenant().token(), "/api/v1/jobs/" + job).status()).isEqualTo(404);
        assertThat(api.post(api.newTenant().token(), "/api/v1/jobs/evaluation",
                Map.of("projectIds", List.of(projectId))).status()).isEqualTo(404);
    }

    private JsonNode within(String token, String subgroupType) {
        return row(token, subgroupType, subgroupType);
    }

    private JsonNode row(String token, String type, String value) {
        JsonNode rows = expect(api.get(token, "/api/v1/projects/" + projectId
                + "/results?instrument=WHO5&analysis=WITHIN&subgroupType=" + type), 200).json();
        for (JsonNode r : rows) {
            if (r.get("subgroupValue").asString().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no " + type + "=" + value + " row in " + rows);
    }

    private void awaitCompleted(String token, long job) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = expect(api.get(token, "/api/v1/jobs/" + job), 200).json();
            String status = progress.get("status").asString();
            if (status.equals("COMPLETED")) {
                assertThat(progress.get("percent").asInt()).isEqualTo(100);
                return;
            }
            assertThat(status).isIn("STARTING", "STARTED");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + job + " did not complete");
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
