package dk.virkning.stats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every R-computed reference case through the command line's own code path (arguments plus
 * {@code --input -}, the CSV on standard input, JSON on standard output) and compares every field
 * with the contract's tolerances. {@code reference-cases/} holds the shared fixtures;
 * {@code r-generated-cases/} cases made with bench/generate-reference-cases.R. A field that R could
 * not compute is absent from {@code expected} and must be printed as null.
 */
class ReferenceCasesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Intervals from the noncentral t, compared at 1e-4. */
    private static final Set<String> NONCENTRAL_T = Set.of("d_z_ci", "g_z_ci", "g_change_ci");
    /** Meta-analysis fields that depend on τ² or on the Hartung–Knapp adjustment. */
    private static final Set<String> TAU2_DEPENDENT = Set.of("estimate", "se", "ci", "p", "tau2", "i2", "pi");

    /** Fields the contract gained after the shared fixtures were made: checked on the generated cases only. */
    private static final Set<String> LATER_THAN_SHARED = Set.of("smcr", "smcr_vi", "d_ppc2", "d_ppc2_vi", "bocf_n_imputed",
            "bocf_ancova_diff", "bocf_ancova_ci", "bocf_ancova_p", "bocf_differs");

    static final Map<String, List<String>> FIELDS = Map.of(
            "paired", List.of("n", "n_missing", "mean_pre", "sd_pre", "mean_post", "sd_post", "mean_change",
                    "sd_change", "r_pre_post", "t", "df", "p_t", "ci_change", "d_z", "d_z_ci", "g_z", "g_z_ci",
                    "d_av", "g_av", "d_rm", "smcr", "smcr_vi", "wilcoxon_v", "wilcoxon_p", "cases_pre", "cases_post",
                    "cases_resolved", "cases_new", "mcnemar_p", "mcnemar_exact_p"),
            "controlled", List.of("n_intervention", "n_control", "mean_change_intervention",
                    "mean_change_control", "difference_in_change", "g_change", "g_change_ci", "ancova_diff",
                    "ancova_se", "ancova_ci", "ancova_p", "d_ppc2", "d_ppc2_vi", "caseness_ancova_diff",
                    "caseness_ancova_se", "caseness_ancova_ci", "caseness_ancova_p", "bocf_n_imputed", "bocf_ancova_diff",
                    "bocf_ancova_ci", "bocf_ancova_p", "bocf_differs"),
            "meta", List.of("k", "estimate", "se", "ci", "p", "tau2", "i2", "q", "q_p", "pi"));

    static Stream<Arguments> sharedFixtures() throws IOException, URISyntaxException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(resource("reference-cases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(Arguments.of(file.getFileName().toString(), JSON.readTree(Files.readString(file))));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> rGeneratedCases() throws IOException, URISyntaxException {
        return CaseFiles.of("r-generated-cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedFixtures")
    void sharedFixtureAgreesWithR(String name, JsonNode referenceCase) {
        assertAgreesWithR(referenceCase, LATER_THAN_SHARED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rGeneratedCases")
    void generatedCaseAgreesWithR(String name, JsonNode referenceCase) {
        assertAgreesWithR(referenceCase, Set.of());
    }

    @org.junit.jupiter.api.Test
    void allSharedFixturesAreRun() throws IOException, URISyntaxException {
        assertThat(sharedFixtures().count()).isEqualTo(50);
        assertThat(rGeneratedCases().count()).isGreaterThan(200);
    }

    private static void assertAgreesWithR(JsonNode referenceCase, Set<String> unchecked) {
        String kind = referenceCase.get("kind").asString();
        List<String> args = new ArrayList<>();
        referenceCase.get("args").values().forEach(a -> args.add(a.asString()));
        args.add("--input");
        args.add("-");
        CliRun run = CliRun.of(args, referenceCase.get("input_csv").asString());
        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines().count()).isOne();

        JsonNode actual = JSON.readTree(run.stdout());
        JsonNode expected = referenceCase.get("expected");
        boolean looseMeta = kind.equals("meta") && (args.contains("REML") || args.contains("knha"));
        assertThat(actual.propertyNames()).containsExactlyElementsOf(FIELDS.get(kind));
        for (String field : expected.propertyNames()) {
            assertThat(actual.propertyNames()).as("expected field %s", field).contains(field);
        }
        for (String field : actual.propertyNames()) {
            if (unchecked.contains(field)) {
                continue;
            }
            JsonNode want = expected.get(field);
            JsonNode got = actual.get(field);
            if (want == null || want.isNull()) {
                assertThat(got.isNull()).as("%s: R could not compute it, so it must be null, was %s", field, got)
                        .isTrue();
                continue;
            }
            if (want.isBoolean()) {
                assertThat(got.isBoolean() && got.asBoolean() == want.asBoolean()).as("%s: expected %s, got %s", field,
                        want, got).isTrue();
                continue;
            }
            boolean loose = NONCENTRAL_T.contains(field) || looseMeta && TAU2_DEPENDENT.contains(field);
            double tolerance = loose ? 1e-4 : 1e-6;
            assertThat(got.isNull()).as("%s: expected %s, got null", field, want).isFalse();
            if (want.isArray()) {
                assertThat(got.isArray()).as(field).isTrue();
                assertThat(got.size()).as(field).isEqualTo(want.size());
                for (int i = 0; i < want.size(); i++) {
                    assertClose(field + "[" + i + "]", want.get(i).asDouble(), got.get(i).asDouble(), tolerance);
                }
            } else {
                assertClose(field, want.asDouble(), got.asDouble(), tolerance);
            }
        }
    }

    private static void assertClose(String field, double expected, double actual, double tolerance) {
        double allowed = tolerance * Math.max(1, Math.abs(expected));
        assertThat(Math.abs(actual - expected))
                .as("%s: expected %s, got %s (tolerance %s)", field, expected, actual, allowed)
                .isLessThanOrEqualTo(allowed);
    }

    private static Path resource(String directory) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ReferenceCasesTest.class.getClassLoader().getResource(directory))
                .toURI());
    }

    /** One command-line run with captured streams. */
    record CliRun(int status, String stdout, String stderr) {

        static CliRun of(List<String> args, String stdin) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = StatsCli.run(args.toArray(new String[0]),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
