package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code meta} with a group column against metafor 3.8 (cases made by
 * bench/generate-subgroup-meta-cases.R): the overall estimate, each group's own estimate and the
 * test of the group difference (QM of {@code mods = ~ factor(group)}). REML stops at a tolerance of
 * 1e-5 in τ², so what depends on τ̂² under REML agrees to 1e-4; the rest to 1e-6.
 */
class SubgroupMetaReferenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        return CaseFiles.of("r-subgroup-cases");
    }

    @Test
    void theBatteryIsThere() throws IOException, URISyntaxException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithMetafor(String name, JsonNode referenceCase) {
        List<String> args = new ArrayList<>();
        referenceCase.get("args").values().forEach(a -> args.add(a.asString()));
        args.add("--input");
        args.add("-");
        ReferenceCasesTest.CliRun run = ReferenceCasesTest.CliRun.of(args, referenceCase.get("input_csv").asString());
        assertThat(run.status()).as(run.stderr()).isZero();
        JsonNode actual = JSON.readTree(run.stdout());
        JsonNode expected = referenceCase.get("expected");
        double tolerance = args.contains("REML") ? 1e-4 : 1e-6;

        compare("overall", expected.get("overall"), actual, tolerance);
        JsonNode groups = actual.get("groups");
        assertThat(groups.size()).isEqualTo(expected.get("groups").size());
        for (int i = 0; i < groups.size(); i++) {
            JsonNode want = expected.get("groups").get(i);
            assertThat(groups.get(i).get("group").asString()).isEqualTo(want.get("group").asString());
            compare("groups[" + i + "]", want, groups.get(i), tolerance);
        }
        assertThat(actual.get("qm_df").toString()).isEqualTo(expected.get("qm_df").toString());
        for (String field : List.of("qm", "qm_p")) {
            JsonNode want = expected.get(field);
            if (want == null) {
                assertThat(actual.get(field).isNull()).as(field).isTrue();
            } else {
                assertClose(field, want.asDouble(), actual.get(field).asDouble(), tolerance);
            }
        }
    }

    private static void compare(String where, JsonNode expected, JsonNode actual, double tolerance) {
        for (String field : List.of("k", "estimate", "se", "ci", "p", "tau2", "i2", "q", "q_p", "pi")) {
            JsonNode want = expected.get(field);
            JsonNode got = actual.get(field);
            if (want == null) {
                assertThat(got.isNull()).as("%s.%s: R gave none, so null, was %s", where, field, got).isTrue();
            } else if (want.isArray()) {
                for (int i = 0; i < want.size(); i++) {
                    assertClose(where + "." + field + "[" + i + "]", want.get(i).asDouble(), got.get(i).asDouble(),
                            tolerance);
                }
            } else {
                assertClose(where + "." + field, want.asDouble(), got.asDouble(), tolerance);
            }
        }
    }

    private static void assertClose(String field, double expected, double actual, double tolerance) {
        double allowed = tolerance * Math.max(1, Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as("%s: expected %s, got %s", field, expected, actual)
                .isLessThanOrEqualTo(allowed);
    }
}
