package dk.virkning.api.security;

import static dk.virkning.api.project.RegistryApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.virkning.api.project.RegistryApi;
import dk.virkning.api.report.PdfText;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A funder tries every subtraction the published results allow (docs/privacy.md, small cells):
 * a subgroup's count as the ALL result's minus the other subgroups', a caseness count from the
 * other three of its identity, an arm's or completers' count from n, and a count from its share
 * and n. None may give a count of one to four people the funder was not shown.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        RegistryApi.BOOTSTRAP_PROPERTY, RegistryApi.EPHEMERAL_DATABASE})
class DerivableSmallCellsTest {

    static final List<String> ADDITIVE = List.of("n", "n_missing", "cases_pre", "cases_post", "cases_resolved",
            "cases_new", "mic_improved", "mic_deteriorated", "n_intervention", "n_control", "n_completers",
            "n_non_completers");

    @LocalServerPort
    int port;

    /** A project of 16 participants, 3 of them men, funded by a pool, evaluated. */
    private record Fixture(RegistryApi api, String staff, String funder, long project) {
    }

    private Fixture evaluatedProject() {
        RegistryApi api = new RegistryApi(port);
        ApiClient access = new ApiClient(port);
        RegistryApi.Tenant tenant = api.newTenant();
        long foundation = access.createOrganisation(ApiClient.unique("Fond"), "FOUNDATION");
        long project = api.createProject(tenant.token(), RegistryApi.who5Project(ApiClient.unique("Afledning"),
                "partners", List.of(Map.of("organisationId", foundation, "role", "FUNDER"))));
        // Like the demo: most are women, three are men; answers vary so that
        // caseness moves both ways.
        Random random = new Random(7);
        for (int i = 0; i < 16; i++) {
            String code = "D" + (i + 1);
            String gender = i < 3 ? "MALE" : "FEMALE";
            Map<String, Object> participant = gender == null ? RegistryApi.participant(code)
                    : RegistryApi.participant(code, "gender", gender);
            expect(api.post(tenant.token(), "/api/v1/projects/" + project + "/participants", participant), 201);
            expect(api.post(tenant.token(), "/api/v1/projects/" + project + "/responses",
                    RegistryApi.who5Response(code, "baseline", answers(random, i % 3 == 0 ? 1 : 3))), 201);
            if (i != 15) {
                expect(api.post(tenant.token(), "/api/v1/projects/" + project + "/responses",
                        RegistryApi.who5Response(code, "post", answers(random, i % 4 == 0 ? 1 : 3))), 201);
            }
        }
        String funder = access.tokenFor(foundation, "FUNDER");
        long pool = expect(api.post(funder, "/api/v1/grant-pools", Map.of("organisationId", foundation, "name",
                "Pulje")), 201).id();
        expect(api.post(funder, "/api/v1/grant-pools/" + pool + "/grants", Map.of("projectId", project,
                "amountDkk", 100000)), 201);
        long job = expect(api.post(tenant.token(), "/api/v1/jobs/evaluation", Map.of("projectIds", List.of(project))),
                202).id();
        await(api, tenant.token(), job);
        return new Fixture(api, tenant.token(), funder, project);
    }

    @Test
    void noSuppressedCountCanBeDerivedFromWhatAFunderSees() {
        Fixture f = evaluatedProject();
        RegistryApi api = f.api();
        String funder = f.funder();
        long project = f.project();
        JsonNode staff = expect(api.get(f.staff(), "/api/v1/projects/" + project + "/results"), 200).json();
        JsonNode shown = expect(api.get(funder, "/api/v1/projects/" + project + "/results"), 200).json();
        assertThat(shown.size()).isEqualTo(staff.size());
        int withheld = 0;
        List<String> derived = new ArrayList<>();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < staff.size(); i++) {
            JsonNode truth = staff.get(i);
            JsonNode seen = shown.get(i);
            assertThat(seen.get("subgroupValue")).isEqualTo(truth.get("subgroupValue"));
            if (value(truth, "n") != null && value(truth, "n") < 5 && value(truth, "n") > 0) {
                assertThat(value(seen, "n")).isNull();
            }
            withheld += seen.get("withheld").size();
            checkIdentities(truth, seen, derived);
            if (!truth.get("subgroupType").asString().equals("ALL")) {
                groups.computeIfAbsent(key(truth), k -> new ArrayList<>()).add(i);
            }
        }
        int tried = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            JsonNode allTruth = null;
            JsonNode allSeen = null;
            for (int i = 0; i < staff.size(); i++) {
                if (staff.get(i).get("subgroupType").asString().equals("ALL")
                        && key(staff.get(i)).equals(group.getKey().replaceFirst("[^|]*$", ""))) {
                    allTruth = staff.get(i);
                    allSeen = shown.get(i);
                }
            }
            if (allTruth == null) {
                continue;
            }
            for (String field : ADDITIVE) {
                Integer total = value(allSeen, field);
                Integer truthTotal = value(allTruth, field);
                if (total == null || truthTotal == null) {
                    continue;
                }
                int shownSum = 0;
                int truthSum = 0;
                List<Integer> hidden = new ArrayList<>();
                for (int i : group.getValue()) {
                    Integer t = value(staff.get(i), field);
                    truthSum += t == null ? 0 : t;
                    Integer s = value(shown.get(i), field);
                    if (s == null && t != null) {
                        hidden.add(t);
                    } else if (s != null) {
                        shownSum += s;
                    }
                }
                tried++;
                // Participants without a value of the subgroup type are in ALL only: the remainder is shared
                // between the hidden subgroups and them, which the funder cannot tell apart.
                int remainder = total - shownSum;
                if (hidden.size() == 1 && truthSum == truthTotal && remainder > 0 && remainder < 5) {
                    derived.add(group.getKey() + " " + field + " = ALL − others = " + remainder);
                }
            }
        }
        assertThat(withheld).as("the fixture has small cells to protect").isGreaterThan(0);
        assertThat(derived).as("counts below five a funder can derive").isEmpty();
        assertThat(tried).isGreaterThanOrEqualTo(3);
        long complemented = 0;
        for (int i = 0; i < staff.size(); i++) {
            Integer n = value(staff.get(i), "n");
            if (n != null && n >= 5 && value(shown.get(i), "n") == null) {
                complemented++;
            }
        }
        assertThat(complemented).as("results of five or more withheld so that a smaller one stays hidden")
                .isGreaterThan(0);
    }

    /**
     * The funder's PDF edition: the men (3) are "<5" and so the women (12 of the 15 complete pairs,
     * which the instrument table shows) cannot be printed either, or 15 − 12 would give the men.
     */
    @Test
    void theFundersReportWithholdsWhatWouldRevealASmallSubgroup() throws Exception {
        Fixture f = evaluatedProject();
        String path = "/api/v1/projects/" + f.project() + "/report.pdf";

        String staffText = PdfText.of(pdf(f.staff(), path));
        String funderText = PdfText.of(pdf(f.funder(), path));

        assertThat(staffText).contains("Køn Mænd <5 ", "Køn Kvinder 12 ");
        assertThat(staffText).contains("Tilmeldt n = 16", "Besvarede baseline n = 16");
        // One of the 16 has no post answer: with the 15 complete pairs, 16 enrolled would give it.
        assertThat(funderText).contains("Udgave til bevillingsgiver", "Køn Mænd <5 ", "Køn Kvinder x ",
                        "Tilmeldt n = x", "Besvarede baseline n = x", "Deltagere x")
                .doesNotContain("Køn Kvinder 12", "n = 16", "Deltagere 16").doesNotContainPattern("\\bn = [1-4]\\b");
    }

    private byte[] pdf(String token, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void checkIdentities(JsonNode truth, JsonNode seen, List<String> derived) {
        String where = key(truth);
        List<String> cases = List.of("cases_pre", "cases_post", "cases_resolved", "cases_new");
        List<String> hidden = cases.stream().filter(f -> value(seen, f) == null && value(truth, f) != null).toList();
        if (hidden.size() == 1) {
            int value = value(truth, hidden.get(0));
            if (value > 0 && value < 5) {
                derived.add(where + " " + hidden.get(0) + " from the other caseness counts: " + value);
            }
        }
        for (List<String> pair : List.of(List.of("n_intervention", "n_control"), List.of("n_completers",
                "n_non_completers"))) {
            for (String field : pair) {
                String other = pair.get(0).equals(field) ? pair.get(1) : pair.get(0);
                Integer t = value(truth, field);
                if (t != null && t > 0 && t < 5 && value(seen, field) == null && value(seen, other) != null
                        && value(seen, "n") != null) {
                    derived.add(where + " " + field + " = n − " + other + ": " + t);
                }
            }
        }
        for (String[] share : new String[][] {{"mic_improved", "share_improved"}, {"mic_deteriorated",
                "share_deteriorated"}}) {
            Integer t = value(truth, share[0]);
            JsonNode s = seen.get("statistics").get(share[1]);
            if (t != null && t > 0 && t < 5 && value(seen, share[0]) == null && s != null && !s.isNull()
                    && value(seen, "n") != null) {
                derived.add(where + " " + share[0] + " = " + share[1] + " × n: " + t);
            }
        }
    }

    /** A count: n of the result or a field of its statistics; null when not shown. */
    private static Integer value(JsonNode result, String field) {
        JsonNode node = field.equals("n") ? result.get("n") : result.get("statistics").get(field);
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static String key(JsonNode r) {
        return r.get("instrument").asString() + "|" + r.get("baselineWave").asString() + "|"
                + r.get("laterWave").asString() + "|" + r.get("analysis").asString() + "|"
                + (r.get("subgroupType").asString().equals("ALL") ? "" : r.get("subgroupType").asString());
    }

    private static int[] answers(Random random, int level) {
        int[] items = new int[5];
        for (int i = 0; i < 5; i++) {
            items[i] = Math.max(0, Math.min(5, level + random.nextInt(3) - 1));
        }
        return items;
    }

    private static void await(RegistryApi api, String token, long job) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            String status = expect(api.get(token, "/api/v1/jobs/" + job), 200).text("status");
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
}
