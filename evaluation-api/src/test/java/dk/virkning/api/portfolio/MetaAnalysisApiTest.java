package dk.virkning.api.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dk.virkning.api.user.ApiClient;
import dk.virkning.stats.cli.StatsCli;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo funder's meta-analysis: designs pooled apart, the headline the controlled estimate, and
 * every pooled number what {@code virkning-stats meta} prints for the same per-project effects.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiClient.EPHEMERAL_DATABASE)
@ActiveProfiles("demo")
class MetaAnalysisApiTest {

    private static final String FUNDER = "demo-funder-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theDemoPortfolioPoolsControlledAndUncontrolledProjectsApartAsTheCommandLineDoes() {
        ApiClient api = new ApiClient(port);
        String path = "/api/v1/grant-pools/" + pool(api) + "/meta-analysis?instrument=WHO5";
        JsonNode meta = api.get(FUNDER, path).json();

        assertThat(meta.get("test").asString()).isEqualTo("adhoc");
        assertThat(meta.get("method").asString()).isEqualTo("REML");
        List<String> groups = new ArrayList<>();
        meta.get("studies").forEach(s -> groups.add(s.get("group").asString() + " " + s.get("measure").asString()));
        assertThat(groups).containsExactlyInAnyOrder("controlled d_ppc2", "controlled d_ppc2", "uncontrolled smcr",
                "uncontrolled smcr");
        assertThat(meta.get("groups")).hasSize(2);
        assertThat(meta.has("estimate")).as("no estimate over both designs").isFalse();
        JsonNode controlled = group(meta.get("groups"), "controlled");
        assertThat(controlled.get("k").asInt()).isEqualTo(2);
        assertThat(meta.get("headline").get("estimate").asDouble()).isEqualTo(controlled.get("estimate").asDouble());
        assertThat(meta.get("notPooled").isNull()).isTrue();

        JsonNode cli = cli(meta.get("studies"), "REML", "adhoc");
        for (String name : List.of("controlled", "uncontrolled")) {
            JsonNode want = group(cli.get("groups"), name);
            JsonNode got = group(meta.get("groups"), name);
            assertThat(got.propertyNames()).containsExactlyElementsOf(want.propertyNames());
            for (String field : want.propertyNames()) {
                assertThat(got.get(field).toString()).as("%s %s", name, field).isEqualTo(want.get(field).toString());
            }
        }
        assertThat(meta.get("qm").asDouble()).isEqualTo(cli.get("qm").asDouble());
        assertThat(meta.get("qm_df").toString()).isEqualTo(cli.get("qm_df").toString());
        assertThat(meta.get("qm_p").asDouble()).isEqualTo(cli.get("qm_p").asDouble());
    }

    @Test
    void eachStudyIsTheProjectsOwnBaselineStandardisedEffectFromTheResultsApi() {
        ApiClient api = new ApiClient(port);
        JsonNode meta = api.get(FUNDER, "/api/v1/grant-pools/" + pool(api) + "/meta-analysis?instrument=WHO5").json();
        for (JsonNode study : meta.get("studies")) {
            boolean controlled = study.get("group").asString().equals("controlled");
            String measure = controlled ? "d_ppc2" : "smcr";
            List<Double> stored = new ArrayList<>();
            for (JsonNode row : api.get(FUNDER, "/api/v1/projects/" + study.get("projectId").asLong()
                    + "/results?instrument=WHO5&subgroupType=ALL&analysis=" + (controlled ? "BETWEEN" : "WITHIN"))
                    .json()) {
                JsonNode statistics = row.get("statistics");
                if (statistics.has(measure) && !statistics.get(measure).isNull()) {
                    stored.add(statistics.get(measure).asDouble());
                }
            }
            // WHO-5: higher is better, so the pooled sign is the stored one
            assertThat(stored).as("project %s", study.get("projectId")).contains(study.get("yi").asDouble());
        }
    }

    @Test
    void aChosenMethodAndTestAreUsedAndUnknownOnesAreRefused() {
        ApiClient api = new ApiClient(port);
        String base = "/api/v1/grant-pools/" + pool(api) + "/meta-analysis";
        JsonNode dl = api.get(FUNDER, base + "?method=DL&test=z").json();
        assertThat(dl.get("method").asString()).isEqualTo("DL");
        assertThat(dl.get("test").asString()).isEqualTo("z");
        JsonNode cli = cli(dl.get("studies"), "DL", "z");
        assertThat(group(dl.get("groups"), "uncontrolled").toString())
                .isEqualTo(group(cli.get("groups"), "uncontrolled").toString());

        ApiClient.Response badTest = api.get(FUNDER, base + "?test=hksj");
        assertThat(badTest.status()).isEqualTo(422);
        assertThat(badTest.body()).contains("test must be z, knha or adhoc");
        assertThat(api.get(FUNDER, base + "?method=ML").status()).isEqualTo(422);
        assertThat(api.get(FUNDER, base + "?test=ADHOC").status()).isEqualTo(422);
        assertThat(api.get(FUNDER, base + "?instrument=NOPE").status()).isEqualTo(422);
    }

    private static long pool(ApiClient api) {
        return api.get(FUNDER, "/api/v1/grant-pools").json().get(0).get("id").asLong();
    }

    private static JsonNode group(JsonNode groups, String name) {
        for (JsonNode g : groups) {
            if (g.get("group").asString().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + groups);
    }

    /** {@code virkning-stats meta --method M --test T} on the studies as {@code study,yi,vi,group}. */
    private static JsonNode cli(JsonNode studies, String method, String test) {
        StringBuilder csv = new StringBuilder("study,yi,vi,group\n");
        for (JsonNode s : studies) {
            csv.append(s.get("projectId").asLong()).append(',').append(s.get("yi").asDouble()).append(',')
                    .append(s.get("vi").asDouble()).append(',').append(s.get("group").asString()).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StatsCli.run(new String[] {"meta", "--method", method, "--test", test, "--input", "-"},
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }
}
