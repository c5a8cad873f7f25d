package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code waves} against {@code nlme::lme(score ~ wave, random = ~ 1 | participant, method = "REML")}
 * with {@code intervals()} (cases made by bench/generate-waves-cases.R), within 1e-4: nlme's own
 * optimiser stops at about that precision. Where the REML maximum is on the boundary σ_b = 0, nlme
 * reports a σ̂_b of a hundredth of the residual SD or less, and Virkning 0.
 */
class WavesReferenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-4;

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        return CaseFiles.of("r-waves-cases");
    }

    @Test
    void theBatteryIsThere() throws IOException, URISyntaxException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithNlme(String name, JsonNode referenceCase) {
        ReferenceCasesTest.CliRun run = ReferenceCasesTest.CliRun.of(List.of("waves", "--input", "-"),
                referenceCase.get("input_csv").asString());
        assertThat(run.status()).as(run.stderr()).isZero();
        JsonNode actual = JSON.readTree(run.stdout());
        JsonNode expected = referenceCase.get("expected");

        assertThat(actual.get("n_participants").asInt()).isEqualTo(expected.get("n_participants").asInt());
        assertThat(actual.get("n_observations").asInt()).isEqualTo(expected.get("n_observations").asInt());
        assertThat(actual.get("baseline").asString()).isEqualTo(expected.get("baseline").asString());
        assertClose("sd_residual", expected, actual);
        double boundary = 0.01 * expected.get("sd_residual").asDouble();
        if (expected.get("sd_participant").asDouble() < boundary) {
            // On the boundary σ_b = 0 nlme reports where its optimiser stopped; the maximum is 0.
            assertThat(actual.get("sd_participant").asDouble()).isLessThan(boundary);
        } else {
            assertClose("sd_participant", expected, actual);
        }
        assertThat(actual.get("waves").size()).isEqualTo(expected.get("waves").size());
        for (int i = 0; i < expected.get("waves").size(); i++) {
            JsonNode want = expected.get("waves").get(i);
            JsonNode got = actual.get("waves").get(i);
            assertThat(got.get("wave").asString()).isEqualTo(want.get("wave").asString());
            assertThat(got.get("n").asInt()).isEqualTo(want.get("n").asInt());
            for (String field : List.of("change", "se", "p", "df")) {
                assertClose(field, want, got);
            }
            assertIntervalClose("ci", want, got);
        }
        JsonNode wantRetention = expected.get("retention");
        JsonNode gotRetention = actual.get("retention");
        if (wantRetention.isNull()) {
            assertThat(gotRetention.isNull()).as("retention with one later wave").isTrue();
            return;
        }
        assertThat(gotRetention.get("from_wave").asString()).isEqualTo(wantRetention.get("from_wave").asString());
        assertThat(gotRetention.get("to_wave").asString()).isEqualTo(wantRetention.get("to_wave").asString());
        for (String field : List.of("difference", "se", "p", "df")) {
            assertClose("retention." + field, wantRetention, gotRetention, field);
        }
        assertIntervalClose("ci", wantRetention, gotRetention);
        if (wantRetention.get("share_retained").isNull()) {
            assertThat(gotRetention.get("share_retained").isNull()).as("share_retained").isTrue();
            assertThat(gotRetention.get("share_retained_ci").isNull()).as("share_retained_ci").isTrue();
        } else {
            assertClose("retention.share_retained", wantRetention, gotRetention, "share_retained");
            assertIntervalClose("share_retained_ci", wantRetention, gotRetention);
        }
    }

    @Test
    void retentionIsTestedWhereThereIsAFollowUp() throws IOException, URISyntaxException {
        List<JsonNode> withFollowUp = cases().map(a -> (JsonNode) a.get()[1])
                .filter(c -> !c.get("expected").get("retention").isNull()).toList();
        assertThat(withFollowUp).hasSizeGreaterThanOrEqualTo(50);
        assertThat(withFollowUp.stream().filter(c -> !c.get("expected").get("retention").get("share_retained").isNull()))
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(withFollowUp.stream().filter(c -> c.get("expected").get("retention").get("share_retained").isNull()))
                .isNotEmpty();
    }

    private static void assertIntervalClose(String field, JsonNode expected, JsonNode actual) {
        for (int b = 0; b < 2; b++) {
            double e = expected.get(field).get(b).asDouble();
            assertThat(Math.abs(actual.get(field).get(b).asDouble() - e)).as("%s[%d]", field, b)
                    .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(e)));
        }
    }

    private static void assertClose(String label, JsonNode expected, JsonNode actual, String field) {
        double e = expected.get(field).asDouble();
        double a = actual.get(field).asDouble();
        assertThat(Math.abs(a - e)).as("%s: expected %s, got %s", label, e, a)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(e)));
    }

    private static void assertClose(String field, JsonNode expected, JsonNode actual) {
        double e = expected.get(field).asDouble();
        double a = actual.get(field).asDouble();
        assertThat(Math.abs(a - e)).as("%s: expected %s, got %s", field, e, a)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(e)));
    }
}
