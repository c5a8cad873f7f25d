package dk.virkning.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dk.virkning.stats.instrument.Direction;
import dk.virkning.stats.paired.CompletePairs;
import dk.virkning.stats.paired.ReliableImprovement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cronbach's α and the directional reliable change index against base R (cases made by
 * bench/generate-reliability-cases.R), within 1e-12: both are a few sums, so only rounding differs.
 */
class ReliabilityReferenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> cases(String kind) throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                ReliabilityReferenceTest.class.getClassLoader().getResource("r-reliability-cases")).toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = JSON.readTree(line);
                    if (node.get("kind").asString().equals(kind)) {
                        cases.add(Arguments.of(node.get("name").asString(), node));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> alphaCases() throws IOException, URISyntaxException {
        return cases("alpha");
    }

    static Stream<Arguments> rciCases() throws IOException, URISyntaxException {
        return cases("rci");
    }

    @Test
    void theBatteryIsThere() throws IOException, URISyntaxException {
        assertThat(alphaCases().count()).isGreaterThanOrEqualTo(50);
        assertThat(rciCases().count()).isGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alphaCases")
    void alphaAgreesWithR(String name, JsonNode c) {
        JsonNode rows = c.get("items");
        double[][] items = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            items[i] = new double[rows.get(i).size()];
            for (int j = 0; j < items[i].length; j++) {
                items[i][j] = rows.get(i).get(j).asDouble();
            }
        }
        CronbachAlpha alpha = CronbachAlpha.of(items);

        assertThat(alpha.n()).isEqualTo(c.get("n").asInt());
        assertThat(alpha.items()).isEqualTo(c.get("k").asInt());
        assertThat(alpha.alpha()).isCloseTo(c.get("alpha").asDouble(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rciCases")
    void reliableChangeAgreesWithR(String name, JsonNode c) {
        CompletePairs pairs = CompletePairs.of(doubles(c.get("pre")), doubles(c.get("post")));
        Direction direction = c.get("higher_is_better").asBoolean() ? Direction.HIGHER_IS_BETTER
                : Direction.HIGHER_IS_WORSE;
        ReliableImprovement r = ReliableImprovement.of(pairs, c.get("reliability").asDouble(), direction);

        assertThat(r.change().sDiff()).isCloseTo(c.get("s_diff").asDouble(), within(TOLERANCE));
        assertThat(r.change().threshold()).isCloseTo(c.get("threshold").asDouble(), within(TOLERANCE));
        assertThat(r.improved()).isEqualTo(c.get("improved").asInt());
        assertThat(r.unchanged()).isEqualTo(c.get("unchanged").asInt());
        assertThat(r.deteriorated()).isEqualTo(c.get("deteriorated").asInt());
    }

    private static double[] doubles(JsonNode array) {
        double[] x = new double[array.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = array.get(i).asDouble();
        }
        return x;
    }
}
