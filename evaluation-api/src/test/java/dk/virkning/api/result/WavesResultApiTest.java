package dk.virkning.api.result;

import static dk.virkning.api.project.RegistryApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The WAVES result (mixed model over baseline, post and follow-up) through the results API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ApiClient.BOOTSTRAP_PROPERTY, ApiClient.EPHEMERAL_DATABASE})
class WavesResultApiTest {

    /** WHO-5 answers of 12 participants at baseline; post adds one point to every item, follow-up varies. */
    private static final int[][] BASELINE = {
            {2, 2, 2, 2, 2}, {2, 2, 2, 2, 1}, {2, 2, 2, 3, 2}, {4, 4, 3, 3, 3}, {4, 4, 4, 3, 3}, {3, 3, 3, 3, 4},
            {4, 4, 4, 4, 4}, {3, 4, 4, 3, 3}, {3, 4, 4, 4, 3}, {3, 3, 4, 4, 3}, {4, 3, 3, 3, 3}, {4, 4, 4, 4, 3}};
    private static final int[] POST_LIFT = {1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1};
    private static final int[] FOLLOW_UP_LIFT = {1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0};

    @LocalServerPort
    int port;

    RegistryApi api;
    ApiClient access;
    RegistryApi.Tenant tenant;
    long foundation;
    String funderToken;

    @BeforeEach
    void foundation() {
        api = new RegistryApi(port);
        access = new ApiClient(port);
        tenant = api.newTenant();
        foundation = access.createOrganisation(ApiClient.unique("Fond"), "FOUNDATION");
        funderToken = access.tokenFor(foundation, "FUNDER");
    }

    @Test
    void staffAndFundersGetTheTrajectoryAndTheRetention() {
        long project = evaluatedProject(12);
        JsonNode staff = waves(tenant.token(), project);
        assertThat(staff.get("baselineWave").asString()).isEqualTo("baseline");
        assertThat(staff.get("laterWave").asString()).isEqualTo("followup-6m");
        assertThat(staff.get("n").asInt()).isEqualTo(12);
        JsonNode s = staff.get("statistics");
        assertThat(s.get("n_observations").asInt()).isEqualTo(36);
        assertThat(s.get("waves").size()).isEqualTo(2);
        assertThat(s.get("waves").get(0).get("wave").asString()).isEqualTo("post");
        assertThat(s.get("waves").get(0).get("change").asDouble()).isPositive();
        JsonNode retention = s.get("retention");
        assertThat(retention.get("from_wave").asString()).isEqualTo("post");
        assertThat(retention.get("to_wave").asString()).isEqualTo("followup-6m");
        // Follow-up kept less of the lift than post: the difference is negative, the share below one.
        assertThat(retention.get("difference").asDouble()).isNegative();
        assertThat(retention.get("share_retained").asDouble()).isBetween(0.0, 1.0);
        assertThat(retention.get("share_retained_ci").size()).isEqualTo(2);

        JsonNode funder = waves(funderToken, project);
        assertThat(funder.get("statistics")).isEqualTo(s);
        assertThat(funder.get("withheld")).isEmpty();
    }

    @Test
    void aFollowUpAnsweredByFewerThanFiveIsWithheldFromFunders() {
        long project = evaluatedProject(4);
        JsonNode staff = waves(tenant.token(), project).get("statistics");
        assertThat(staff.get("waves").get(1).get("n").asInt()).isEqualTo(4);
        assertThat(staff.get("retention").get("difference").isNumber()).isTrue();

        JsonNode funder = waves(funderToken, project);
        JsonNode s = funder.get("statistics");
        assertThat(funder.get("n").asInt()).isEqualTo(12);
        assertThat(s.get("waves").get(0)).isEqualTo(staff.get("waves").get(0));
        JsonNode followUp = s.get("waves").get(1);
        assertThat(followUp.get("wave").asString()).isEqualTo("followup-6m");
        assertThat(followUp.get("n").isNull()).isTrue();
        assertThat(followUp.get("change").isNull()).isTrue();
        assertThat(followUp.get("ci").isNull()).isTrue();
        // 28 scores less the 12 at post would give the 4 at follow-up away.
        assertThat(s.get("n_observations").isNull()).isTrue();
        assertThat(s.get("retention").isNull()).isTrue();
        assertThat(funder.get("withheld").toString()).contains("n_observations", "retention");
    }

    @Test
    void aProjectWithTwoWavesHasNoWavesResult() {
        long project = createProject(List.of(Map.of("name", "baseline", "offsetDays", 0),
                Map.of("name", "post", "offsetDays", 90)));
        for (int i = 0; i < BASELINE.length; i++) {
            answer(project, i, "baseline", 0);
            answer(project, i, "post", POST_LIFT[i]);
        }
        evaluate(project);
        JsonNode body = expect(api.get(tenant.token(), "/api/v1/projects/" + project + "/results?analysis=WAVES"),
                200).json();
        assertThat(body).isEmpty();
    }

    private long evaluatedProject(int followUps) {
        long project = createProject(List.of(Map.of("name", "baseline", "offsetDays", 0),
                Map.of("name", "post", "offsetDays", 90), Map.of("name", "followup-6m", "offsetDays", 180)));
        for (int i = 0; i < BASELINE.length; i++) {
            answer(project, i, "baseline", 0);
            answer(project, i, "post", POST_LIFT[i]);
            if (i < followUps) {
                answer(project, i, "followup-6m", FOLLOW_UP_LIFT[i]);
            }
        }
        evaluate(project);
        return project;
    }

    /** A WHO-5 project with the given waves, funded by the foundation's pool. */
    private long createProject(List<Map<String, Object>> waves) {
        long project = api.createProject(tenant.token(), RegistryApi.who5Project(ApiClient.unique("Forløb"), "waves",
                waves, "partners", List.of(Map.of("organisationId", foundation, "role", "FUNDER"))));
        long pool = expect(api.post(funderToken, "/api/v1/grant-pools",
                Map.of("organisationId", foundation, "name", ApiClient.unique("Pulje"))), 201).id();
        expect(api.post(funderToken, "/api/v1/grant-pools/" + pool + "/grants",
                Map.of("projectId", project, "amountDkk", 100000)), 201);
        return project;
    }

    private void answer(long project, int i, String wave, int lift) {
        String code = "W" + (i + 1);
        if (wave.equals("baseline")) {
            expect(api.post(tenant.token(), "/api/v1/projects/" + project + "/participants",
                    RegistryApi.participant(code)), 201);
        }
        int[] items = BASELINE[i].clone();
        for (int k = 0; k < items.length; k++) {
            items[k] = Math.min(5, items[k] + lift);
        }
        expect(api.post(tenant.token(), "/api/v1/projects/" + project + "/responses",
                RegistryApi.who5Response(code, wave, items)), 201);
    }

    private void evaluate(long project) {
        long job = expect(api.post(tenant.token(), "/api/v1/jobs/evaluation", Map.of("projectIds", List.of(project))),
                202).json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String status = expect(api.get(tenant.token(), "/api/v1/jobs/" + job), 200).json().get("status").asString();
            if (status.equals("COMPLETED")) {
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

    private JsonNode waves(String token, long project) {
        JsonNode body = expect(api.get(token, "/api/v1/projects/" + project + "/results?analysis=WAVES"), 200).json();
        assertThat(body.size()).isEqualTo(1);
        return body.get(0);
    }
}
