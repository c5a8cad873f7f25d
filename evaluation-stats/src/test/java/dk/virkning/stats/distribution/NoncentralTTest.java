package dk.virkning.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.stats.describe.Interval;
import org.junit.jupiter.api.Test;

/** Reference values from R 4.2.2: {@code pt(q, df, ncp)} and {@code effectsize:::.get_ncp_t}. */
class NoncentralTTest {

    @Test
    void matchesRsPntInTheSeriesRegion() {
        assertThat(NoncentralT.cdf(1.5, 10, 2)).isCloseTo(0.3047854473755937, within(1e-14));
        assertThat(NoncentralT.cdf(-2, 5, 1)).isCloseTo(0.0058964622900392616, within(1e-14));
        assertThat(NoncentralT.cdf(3, 1, 0.5)).isCloseTo(0.8231218864003066, within(1e-14));
        assertThat(NoncentralT.cdf(0, 7, -1.3)).isCloseTo(0.9031995154143897, within(1e-14));
    }

    @Test
    void matchesRsPntInTheNormalApproximationAndShortcutRegions() {
        assertThat(NoncentralT.cdf(50, 30, 45)).isCloseTo(0.7585596119314465, within(1e-14));
        assertThat(NoncentralT.cdf(2, 1e6, 1.7)).isCloseTo(0.6179111170790259, within(1e-14));
        assertThat(NoncentralT.cdf(-1, 20, 41)).isZero();
    }

    @Test
    void isACentralTWhenTheNoncentralityIsZero() {
        assertThat(NoncentralT.cdf(2.0, 8, 0)).isCloseTo(CentralDistributions.tCdf(2.0, 8), within(1e-15));
        assertThat(NoncentralT.cdf(1.0, 0, 1)).isNaN();
    }

    @Test
    void reproducesEffectsizesIntervalIncludingWhereItsOptimiserStopsShortOfTheRoot() {
        // effectsize:::.get_ncp_t(0.05838547..., 34): Nelder-Mead stops with objective 2.5e-4
        double t = 0.058385469458711863;
        Interval ci = NoncentralityInterval.of(t, 34, 0.95);
        assertThat(ci.lower()).isCloseTo(-1.8977627376631419, within(1e-6));
        assertThat(ci.upper()).isCloseTo(2.0179706672159070, within(1e-6));
        assertThat(NoncentralT.cdf(t, 34, ci.lower())).isCloseTo(0.97474809182843591, within(1e-9));
    }

    @Test
    void hasNoIntervalForAnInfiniteStatistic() {
        assertThat(NoncentralityInterval.of(Double.POSITIVE_INFINITY, 5, 0.95)).isNull();
        assertThat(NoncentralityInterval.of(1, 0, 0.95)).isNull();
    }
}
