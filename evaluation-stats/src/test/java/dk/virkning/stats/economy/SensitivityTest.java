package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private final EconomyEstimate workedExample = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026());

    @Test
    void rowsAreSortedBySwingLargestFirst() {
        assertThat(workedExample.sensitivity())
                .isSortedAccordingTo(Comparator.comparingDouble(SensitivityRow::swing).reversed());
        assertThat(workedExample.sensitivity()).first().extracting(SensitivityRow::input)
                .isEqualTo("effect:LIFE_SAT");
    }

    @Test
    void aHigherWellbyValueRaisesTheTotal() {
        SensitivityRow row = row(workedExample, ParameterIds.WELLBY_VALUE_GBP);

        assertThat(row.socialValueAtHigh()).isGreaterThan(row.socialValueAtLow());
        assertThat(row.ratioAtHigh()).isGreaterThan(row.ratioAtLow());
        // only the well-being value moves: 14 WELLBYs (intention to treat) × (16,000 − 10,000) × 8.51 × 1.153
        assertThat(row.swing()).isCloseTo(14 * 6_000 * 8.51 * 1.153, within(1e-6));
        assertThat(row.assumption()).isFalse();
    }

    @Test
    void moreDeadweightLowersTheTotal() {
        SensitivityRow row = row(workedExample, ParameterIds.DEADWEIGHT);

        assertThat(row.socialValueAtHigh()).isLessThan(row.socialValueAtLow());
        assertThat(row.assumption()).isTrue();
    }

    @Test
    void aLongerDurationRaisesTheTotalAndRatesMatterOnlyBeyondOneYear() {
        SensitivityRow duration = row(workedExample, ParameterIds.DURATION_YEARS);
        assertThat(duration.socialValueAtHigh()).isGreaterThan(duration.socialValueAtLow());
        // at the central duration of one year, drop-off and discounting do not change the value
        assertThat(row(workedExample, ParameterIds.DROP_OFF).swing()).isZero();
        assertThat(row(workedExample, ParameterIds.DISCOUNT_RATE).swing()).isZero();
    }

    @Test
    void higherCostsPerLonelyPersonRaiseTheBudgetEffects() {
        for (String id : List.of(ParameterIds.HEALTH_COST_MUNICIPAL, ParameterIds.HEALTH_COST_REGIONAL,
                ParameterIds.TRANSFER_COST)) {
            SensitivityRow row = row(workedExample, id);
            assertThat(row.socialValueAtHigh()).as(id).isGreaterThan(row.socialValueAtLow());
        }
    }

    @Test
    void theEffectRowSpansItsConfidenceInterval() {
        SensitivityRow row = row(workedExample, "effect:LIFE_SAT");

        assertThat(row.lowInput()).isCloseTo(0.8 - 1.959963984540054 * 0.4, within(1e-9));
        assertThat(row.highInput()).isCloseTo(0.8 + 1.959963984540054 * 0.4, within(1e-9));
        assertThat(row.socialValueAtHigh()).isGreaterThan(row.socialValueAtLow());
    }

    @Test
    void inRouteBTheGapDrivesTheWellbeingValueAndTheCasenessEffectDrivesBoth() {
        EconomyEstimate routeB = EconomyModel.estimate(TestSets.controlledLonelinessExample(), TestSets.dk2026());

        SensitivityRow gap = row(routeB, ParameterIds.LIFE_SATISFACTION_GAP);
        assertThat(gap.socialValueAtHigh()).isGreaterThan(gap.socialValueAtLow());
        SensitivityRow effect = row(routeB, "effect:TILS");
        assertThat(effect.socialValueAtHigh()).isGreaterThan(effect.socialValueAtLow());
        assertThat(routeB.sensitivity()).extracting(SensitivityRow::input).doesNotContain(ParameterIds.DEADWEIGHT);
    }

    @Test
    void fixedParametersAreNotInTheTable() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.symmetric());

        assertThat(estimate.sensitivity()).extracting(SensitivityRow::input)
                .doesNotContain(ParameterIds.DKK_PER_GBP, ParameterIds.DURATION_YEARS, ParameterIds.DEADWEIGHT)
                .contains(ParameterIds.WELLBY_VALUE_GBP);
    }

    private static SensitivityRow row(EconomyEstimate estimate, String input) {
        return estimate.sensitivity().stream().filter(r -> r.input().equals(input)).findFirst().orElseThrow();
    }
}
