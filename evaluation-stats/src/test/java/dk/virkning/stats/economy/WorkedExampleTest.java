package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/methods.md (section 7), computed by hand with a calculator and
 * asserted to floating-point precision.
 */
class WorkedExampleTest {

    private static final double EXACT = 1e-9;

    @Test
    void routeAWithoutControlGroupMatchesTheHandComputation() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2025());
        Outputs point = estimate.point();

        assertThat(estimate.status()).isEqualTo(EstimateStatus.VALUED);
        assertThat(estimate.route()).isEqualTo(Route.LIFE_SATISFACTION);
        assertThat(estimate.valuationSetKey()).isEqualTo("DK-2025.1");
        // effect: mean change 0.8, SE = 2.0 / √25 = 0.4; k = 1 − deadweight 0.3 = 0.7
        assertThat(estimate.wellbeingEffect().estimate()).isEqualTo(0.8);
        assertThat(estimate.wellbeingEffect().standardError()).isCloseTo(0.4, within(EXACT));
        assertThat(point.netLifeSatisfactionChange()).isCloseTo(0.56, within(EXACT));
        assertThat(point.discountedDurationYears()).isEqualTo(1.0);
        // 0.56 × 40 participants × F 1 = 22.4 WELLBYs
        assertThat(point.wellbys()).isCloseTo(22.4, within(EXACT));
        // 13,000 × 8.51 × 1.153 = 127,556.39 DKK per WELLBY
        assertThat(point.dkkPerWellby()).isCloseTo(127_556.39, within(EXACT * 1e5));
        // 22.4 × 127,556.39 = 2,857,263.136
        assertThat(point.wellbeingValueDkk()).isCloseTo(2_857_263.136, within(EXACT * 1e7));
        // s = (8 − 2)/25 = 0.24; net persons = 0.7 × 0.24 × 40 = 6.72
        assertThat(estimate.casenessEffect().estimate()).isCloseTo(0.24, within(EXACT));
        assertThat(point.netPersonsOutOfLoneliness()).isCloseTo(6.72, within(EXACT));
        assertThat(point.budgetMunicipalityDkk()).isCloseTo(1_243.2, within(EXACT * 1e4));
        assertThat(point.budgetRegionDkk()).isCloseTo(52_248, within(EXACT * 1e5));
        assertThat(point.budgetStateDkk()).isCloseTo(10_080, within(EXACT * 1e5));
        assertThat(point.budgetTotalDkk()).isCloseTo(63_571.2, within(EXACT * 1e5));
        assertThat(point.totalValueDkk()).isCloseTo(2_920_834.336, within(EXACT * 1e7));
        assertThat(point.costPerParticipantDkk()).isEqualTo(10_000.0);
        assertThat(point.costPerWellbyDkk()).isCloseTo(400_000 / 22.4, within(EXACT * 1e5));
        assertThat(point.socialReturnRatio()).isCloseTo(2_920_834.336 / 400_000, within(EXACT));
    }

    @Test
    void casenessStandardErrorIsTheWaldErrorOfPairedProportions() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2025());

        // √((8 + 2) − (8 − 2)² / 25) / 25 = √8.56 / 25
        assertThat(estimate.casenessEffect().standardError()).isCloseTo(Math.sqrt(8.56) / 25, within(EXACT));
    }

    @Test
    void routeBWithControlGroupMatchesTheHandComputation() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.controlledLonelinessExample(), TestSets.dk2025());
        Outputs point = estimate.point();

        assertThat(estimate.route()).isEqualTo(Route.LONELINESS_CASENESS);
        assertThat(estimate.wellbeingEffect().counterfactual()).isEqualTo(Counterfactual.CONTROL_GROUP);
        // s = (9 − 3)/30 − (4 − 1)/30 = 0.2 − 0.1 = 0.1, no deadweight
        assertThat(estimate.wellbeingEffect().estimate()).isCloseTo(0.1, within(EXACT));
        // ΔLS = 0.1 × gap 1.0; WELLBYs = 0.1 × 30 × 1 = 3
        assertThat(point.netLifeSatisfactionChange()).isCloseTo(0.1, within(EXACT));
        assertThat(point.wellbys()).isCloseTo(3, within(EXACT));
        assertThat(point.wellbeingValueDkk()).isCloseTo(3 * 127_556.39, within(EXACT * 1e6));
        // 3 net persons × (185 + 7,775 + 1,500) = 28,380
        assertThat(point.netPersonsOutOfLoneliness()).isCloseTo(3, within(EXACT));
        assertThat(point.budgetTotalDkk()).isCloseTo(28_380, within(EXACT * 1e5));
        assertThat(point.totalValueDkk()).isCloseTo(382_669.17 + 28_380, within(EXACT * 1e6));
        assertThat(point.costPerWellbyDkk()).isCloseTo(50_000, within(EXACT * 1e5));
        assertThat(point.socialReturnRatio()).isCloseTo(411_049.17 / 150_000, within(EXACT));
        assertThat(estimate.parametersUsed()).doesNotContain(ParameterIds.DEADWEIGHT)
                .contains(ParameterIds.LIFE_SATISFACTION_GAP);
    }

    @Test
    void aLongerDurationIsDiscountedAndDropsOff() {
        // D = 2, drop-off 0.5, r = 0.035: F = 1 + 0.5 / 1.035
        assertThat(DiscountedDuration.factor(2, 0.5, 0.035)).isCloseTo(1 + 0.5 / 1.035, within(EXACT));
    }
}
