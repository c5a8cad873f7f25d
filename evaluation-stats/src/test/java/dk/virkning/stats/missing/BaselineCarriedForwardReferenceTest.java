package dk.virkning.stats.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import dk.virkning.stats.controlled.AncovaResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Baseline carried forward against base R (bench/generate-missing-data-cases.R). */
class BaselineCarriedForwardReferenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> cases() {
        return lines().stream().map(line -> {
            JsonNode node = JSON.readTree(line);
            return Arguments.of(node.get("name").asString(), node);
        });
    }

    @Test
    void everyCaseIsRun() {
        assertThat(lines()).hasSize(29);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithR(String name, JsonNode c) {
        double[] pre = numbers(c.get("pre"));
        double[] post = numbers(c.get("post"));
        JsonNode expected = c.get("expected");
        if (c.has("group")) {
            boolean[] intervention = new boolean[pre.length];
            for (int i = 0; i < pre.length; i++) {
                intervention[i] = c.get("group").get(i).asString().equals("intervention");
            }
            BaselineCarriedForward.ControlledResult r = BaselineCarriedForward.controlled(pre, post, intervention);
            AncovaResult a = r.ancova();
            assertThat(r.nImputed()).isEqualTo(expected.get("n_imputed").asInt());
            close(a.difference(), expected.get("ancova_diff"));
            close(a.p(), expected.get("ancova_p"));
            close(a.ci().lower(), expected.get("ancova_ci").get(0));
            close(a.ci().upper(), expected.get("ancova_ci").get(1));
            return;
        }
        BaselineCarriedForward.WithinResult r = BaselineCarriedForward.within(pre, post);
        assertThat(r.n()).isEqualTo(expected.get("n").asInt());
        assertThat(r.nImputed()).isEqualTo(expected.get("n_imputed").asInt());
        close(r.meanChange(), expected.get("mean_change"));
        if (expected.has("p")) {
            close(r.test().p(), expected.get("p"));
            close(r.test().ci().lower(), expected.get("ci").get(0));
            close(r.test().ci().upper(), expected.get("ci").get(1));
        } else {
            assertThat(r.test()).as("R has no test when the changes have no spread").isNull();
        }
    }

    private static void close(double actual, JsonNode expected) {
        double want = expected.asDouble();
        assertThat(actual).isCloseTo(want, within(TOLERANCE * Math.max(1, Math.abs(want))));
    }

    private static double[] numbers(JsonNode array) {
        double[] x = new double[array.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return x;
    }

    private static List<String> lines() {
        try (InputStream in = BaselineCarriedForwardReferenceTest.class
                .getResourceAsStream("/r-missing-data-cases/seed-20261204.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
