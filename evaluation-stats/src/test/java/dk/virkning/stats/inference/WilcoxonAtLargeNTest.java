package dk.virkning.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The normal approximation beyond n = 46,341, where n(n + 1) no longer fits in an int: the data of
 * {@code bench/wilcoxon-large-n.R}, against R's {@code wilcox.test} on them.
 */
class WilcoxonAtLargeNTest {

    @Test
    void agreesWithRAtFiftyThousandPairs() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/r-generated-cases/wilcoxon-n50000.json")) {
            expected = JsonMapper.builder().build().readTree(in);
        }
        int n = expected.get("n_pairs").asInt();
        double[] change = new double[n];
        for (int i = 1; i <= n; i++) {
            long pre = (i * 7919L) % 101;
            long post = pre + (i * 104729L) % 43 - 21 + (i % 7 == 0 ? 1 : 0);
            change[i - 1] = post - pre;
        }

        SignedRankResult r = WilcoxonSignedRank.test(change);

        assertThat(r.n()).isEqualTo(expected.get("n_nonzero").asInt()).isGreaterThan(46_341);
        assertThat(r.exact()).isFalse();
        assertThat(r.v()).isEqualTo(expected.get("wilcoxon_v").asDouble());
        assertThat(r.p()).isCloseTo(expected.get("wilcoxon_p").asDouble(), within(1e-12));
        assertThat(r.p()).isBetween(1e-6, 0.5);
    }
}
