package dk.virkning.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.virkning.api.report.PdfText;
import dk.virkning.api.user.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo's reports, read as a reader gets them (the PDF's text), state the numbers the results
 * and economy API give for the same project. The numbers are formatted here with the JDK's Danish
 * locale, not with the report's own formatter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ApiClient.EPHEMERAL_DATABASE)
@ActiveProfiles("demo")
class DemoReportTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyDemoProjectsReportStatesTheNumbersOfTheResultsAndEconomyApi() {
        ApiClient api = new ApiClient(port);
        int projects = 0;
        int checked = 0;
        int waves = 0;
        for (String token : List.of("demo-ventilen-token", "demo-rodekors-token", "demo-laeseforeningen-token")) {
            for (JsonNode project : api.get(token, "/api/v1/projects").json()) {
                long id = project.get("id").asLong();
                String text = pdfText(token, "/api/v1/projects/" + id + "/report.pdf");
                List<String> expected = new ArrayList<>();
                for (JsonNode row : api.get(token, "/api/v1/projects/" + id + "/results").json()) {
                    if (row.get("subgroupType").asString().equals("ALL")) {
                        expected.addAll(expectedNumbers(row));
                    }
                }
                JsonNode economy = api.get(token, "/api/v1/projects/" + id + "/economy").json().get(0);
                if (economy.get("status").asString().equals("VALUED")) {
                    JsonNode wellbys = economy.get("monteCarlo").get("outputs").get("wellbys").get("interval");
                    // the extracted text runs a table's cells together, so label, value and interval are looked for apart
                    expected.add("WELLBY (livstilfredshedspoint × personer × år)");
                    expected.add(da(economy.get("figures").get("wellbys").asDouble(), 1));
                    expected.add(da(wellbys.get(0).asDouble(), 1) + " til " + da(wellbys.get(1).asDouble(), 1));
                    expected.add(da(economy.get("figures").get("social_value_dkk").asDouble(), 0) + " kr.");
                    // intention to treat, with the complete-case social value beside it
                    expected.add("Intention to treat: deltagere uden en senere måling regnes som uændrede");
                    expected.add("(complete case), ville samfundsværdien være "
                            + da(economy.get("completeCase").get("social_value_dkk").asDouble(), 0) + " kr.");
                    JsonNode exceeds = economy.get("monteCarlo").get("probability_social_value_exceeds_cost");
                    if (exceeds != null && exceeds.isNumber()) {
                        expected.add("I " + Math.round(exceeds.asDouble() * 100)
                                + " % af Monte Carlo-trækkene er samfundsværdien større end projektets omkostning");
                    }
                    // whether a shown bound can move in its second figure with another seed (methods.md 7.5)
                    boolean unstable = false;
                    for (String shown : List.of("wellbys", "wellbeing_value_dkk", "budget_municipality_dkk",
                            "budget_region_dkk", "budget_state_dkk", "budget_total_dkk", "tax_distortion_dkk",
                            "social_value_dkk", "cost_per_participant_dkk", "cost_per_wellby_dkk",
                            "wellbeing_return_ratio", "budget_return_ratio", "social_return_ratio")) {
                        JsonNode output = economy.get("monteCarlo").get("outputs").get(shown);
                        unstable |= output != null && output.has("interval_stable") && output.get("interval_stable").isBoolean()
                                && !output.get("interval_stable").asBoolean();
                    }
                    expected.add(unstable ? "ikke stabile på 2 betydende cifre"
                            : "Intervallernes grænser er stabile på 2 betydende cifre.");
                }
                assertThat(text).as("report of project %d", id).contains(expected);
                waves += api.get(token, "/api/v1/projects/" + id + "/results?analysis=WAVES").json().size();
                projects++;
                checked += expected.size();
            }
        }
        assertThat(projects).isEqualTo(4);
        // the demo's two projects with a follow-up, each with its trajectory per instrument
        assertThat(waves).isGreaterThanOrEqualTo(2);
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theFundersEditionsShowNoCountBelowFive() {
        ApiClient api = new ApiClient(port);
        for (JsonNode project : api.get("demo-ventilen-token", "/api/v1/projects").json()) {
            String text = pdfText("demo-funder-token", "/api/v1/projects/" + project.get("id").asLong() + "/report.pdf");
            // every demo project has subgroups of fewer than five (e.g. an age band), shown as <5
            assertThat(text).contains("Udgave til bevillingsgiver", "<5").doesNotContainPattern("\\bn = [1-4]\\b");
        }
    }

    /** What the report's table and summary must say for one whole-sample result row. */
    private static List<String> expectedNumbers(JsonNode row) {
        JsonNode s = row.get("statistics");
        List<String> expected = new ArrayList<>();
        switch (row.get("analysis").asString()) {
            case "WITHIN" -> {
                expected.add(da(s, "mean_pre", 1) + " (" + da(s, "sd_pre", 1) + ")");
                expected.add(da(s, "mean_post", 1) + " (" + da(s, "sd_post", 1) + ")");
                expected.add(withInterval(s, "mean_change", "ci_change", 1));
                expected.add(withInterval(s, "d_z", "d_z_ci", 2));
                expected.add(withInterval(s, "g_z", "g_z_ci", 2));
                expected.add(p(s.get("p_t").asDouble()));
                expected.add(Math.round(s.get("share_improved").asDouble() * 100) + " % (" + s.get("mic_improved").asInt()
                        + ")");
                // the missing-data sensitivity beside the complete-case change, when anyone was carried forward
                if (s.get("bocf_n_imputed").asInt() > 0) {
                    expected.add(withInterval(s, "bocf_mean_change", "bocf_ci_change", 1));
                    if (s.get("bocf_differs").asBoolean()) {
                        expected.add("Frafaldet betyder noget"); // one material difference among the waves shows it
                    }
                }
            }
            case "BETWEEN" -> {
                expected.add(withInterval(s, "ancova_diff", "ancova_ci", 1));
                if (s.get("bocf_n_imputed").asInt() > 0) {
                    expected.add(withInterval(s, "bocf_ancova_diff", "bocf_ancova_ci", 1));
                }
                expected.add(p(s.get("ancova_p").asDouble()));
                expected.add(withInterval(s, "g_change", "g_change_ci", 2));
            }
            case "WAVES" -> {
                for (JsonNode wave : s.get("waves")) {
                    expected.add(withInterval(wave, "change", "ci", 1));
                }
                if (!s.get("retention").isNull()) {
                    expected.add("Holder effekten?");
                }
            }
            default -> {
            }
        }
        return expected;
    }

    private static String withInterval(JsonNode s, String value, String interval, int decimals) {
        return da(s, value, decimals) + " (" + da(s.get(interval).get(0).asDouble(), decimals) + " til "
                + da(s.get(interval).get(1).asDouble(), decimals) + ")";
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0,001" : da(p, 3);
    }

    private static String da(JsonNode statistics, String field, int decimals) {
        return da(statistics.get(field).asDouble(), decimals);
    }

    private static String da(double value, int decimals) {
        String magnitude = String.format(DANISH, "%,." + decimals + "f", Math.abs(value));
        return value < 0 && !magnitude.matches("[0,.]+") ? "-" + magnitude : magnitude;
    }

    private String pdfText(String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // To look at the reports: VIRKNING_REPORT_OUT=directory
            String directory = System.getenv("VIRKNING_REPORT_OUT");
            if (directory != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(directory, "demo" + path.replaceAll("[^0-9a-z]+", "-")
                        + token.replace("demo-", "").replace("-token", "") + ".pdf"), response.body());
            }
            return PdfText.of(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
