package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/methods.md (section 7), computed by hand with a calculator from
 * the formulas there and asserted to floating-point precision.
 */
class WorkedExampleTest {

    private static final double EXACT = 1e-9;

    @Test
    void routeAWithoutControlGroupMatchesTheHandComputation() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026());
        Outputs point = estimate.point();

        assertThat(estimate.status()).isEqualTo(EstimateStatus.VALUED);
        assertThat(estimate.route()).isEqualTo(Route.LIFE_SATISFACTION);
        assertThat(estimate.valuationSetKey()).isEqualTo("DK-2026.1");
        // effect: mean change 0.8, SE = 2.0 / √25 = 0.4; k = 1 − deadweight 0.3 = 0.7
        assertThat(estimate.wellbeingEffect().estimate()).isEqualTo(0.8);
        assertThat(estimate.wellbeingEffect().standardError()).isCloseTo(0.4, within(EXACT));
        assertThat(point.netLifeSatisfactionChange()).isCloseTo(0.56, within(EXACT));
        assertThat(point.discountedDurationYears()).isEqualTo(1.0);
        // intention to treat: 0.56 × 25 completers × F 1 = 14 WELLBYs
        assertThat(point.wellbys()).isCloseTo(14, within(EXACT));
        // 13,000 × 8.51 × 1.153 = 127,556.39 DKK per WELLBY
        assertThat(point.dkkPerWellby()).isCloseTo(127_556.39, within(EXACT * 1e5));
        // 14 × 127,556.39 = 1,785,789.46
        assertThat(point.wellbeingValueDkk()).isCloseTo(1_785_789.46, within(EXACT * 1e7));
        // s = (8 − 2)/25 = 0.24; net persons = 0.7 × 0.24 × 25 = 4.2
        assertThat(estimate.casenessEffect().estimate()).isCloseTo(0.24, within(EXACT));
        assertThat(point.netPersonsOutOfLoneliness()).isCloseTo(4.2, within(EXACT));
        // age mix (30 + 10 × 1.0) / 40 = 1; price ratio 1.047: 4.2 × 185 × 1.047 = 813.519
        assertThat(point.budgetMunicipalityDkk()).isCloseTo(813.519, within(EXACT * 1e4));
        // 4.2 × 7,775 × 1.047 = 34,189.785
        assertThat(point.budgetRegionDkk()).isCloseTo(34_189.785, within(EXACT * 1e5));
        // transfers 4.2 × 1,500 = 6,300: in the budget effect, not in the social value
        assertThat(point.budgetStateDkk()).isCloseTo(6_300, within(EXACT * 1e5));
        assertThat(point.budgetTotalDkk()).isCloseTo(41_303.304, within(EXACT * 1e5));
        // tax distortion gain 0.10 × 41,303.304 = 4,130.3304
        assertThat(point.taxDistortionDkk()).isCloseTo(4_130.3304, within(EXACT * 1e5));
        // 1,785,789.46 + 813.519 + 34,189.785 + 4,130.3304 = 1,824,923.0944
        assertThat(point.socialValueDkk()).isCloseTo(1_824_923.0944, within(EXACT * 1e7));
        assertThat(point.costPerParticipantDkk()).isEqualTo(10_000.0);
        assertThat(point.costPerWellbyDkk()).isCloseTo(400_000 / 14.0, within(EXACT * 1e5));
        assertThat(point.wellbeingReturnRatio()).isCloseTo(1_785_789.46 / 400_000, within(EXACT));
        assertThat(point.budgetReturnRatio()).isCloseTo(41_303.304 / 400_000, within(EXACT));
        assertThat(point.socialReturnRatio()).isCloseTo(1_824_923.0944 / 400_000, within(EXACT));
        assertThat(estimate.parametersUsed()).contains(ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR,
                ParameterIds.TAX_DISTORTION, ParameterIds.HEALTH_COST_PRICE_RATIO);
    }

    @Test
    void completeCaseScalesTheEffectToEveryParticipant() {
        Outputs completeCase = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026()).completeCase();

        // 0.56 × 40 = 22.4 WELLBYs; 22.4 × 127,556.39 = 2,857,263.136
        assertThat(completeCase.wellbys()).isCloseTo(22.4, within(EXACT));
        assertThat(completeCase.wellbeingValueDkk()).isCloseTo(2_857_263.136, within(EXACT * 1e7));
        // 0.7 × 0.24 × 40 = 6.72 persons; 6.72 × 185 × 1.047 = 1,301.6304; 6.72 × 7,775 × 1.047 = 54,703.656
        assertThat(completeCase.netPersonsOutOfLoneliness()).isCloseTo(6.72, within(EXACT));
        assertThat(completeCase.budgetTotalDkk()).isCloseTo(1_301.6304 + 54_703.656 + 10_080, within(EXACT * 1e5));
        // 2,857,263.136 + 1,301.6304 + 54,703.656 + 6,608.52864 = 2,919,876.95104
        assertThat(completeCase.socialValueDkk()).isCloseTo(2_919_876.95104, within(EXACT * 1e7));
    }

    @Test
    void casenessStandardErrorIsTheWaldErrorOfPairedProportions() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026());

        // √((8 + 2) − (8 − 2)² / 25) / 25 = √8.56 / 25
        assertThat(estimate.casenessEffect().standardError()).isCloseTo(Math.sqrt(8.56) / 25, within(EXACT));
    }

    @Test
    void routeBWithControlGroupUsesTheAncovaAndMatchesTheHandComputation() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.controlledLonelinessExample(), TestSets.dk2026());
        Outputs point = estimate.point();

        assertThat(estimate.route()).isEqualTo(Route.LONELINESS_CASENESS);
        assertThat(estimate.wellbeingEffect().counterfactual()).isEqualTo(Counterfactual.CONTROL_GROUP);
        // s = −(ANCOVA difference −0.12) = 0.12, SE 0.09, no deadweight
        assertThat(estimate.wellbeingEffect().ancova()).isTrue();
        assertThat(estimate.wellbeingEffect().estimate()).isCloseTo(0.12, within(EXACT));
        assertThat(estimate.wellbeingEffect().standardError()).isEqualTo(0.09);
        // ΔLS = 0.12 × gap 1.0; WELLBYs = 0.12 × 30 × 1 = 3.6; 3.6 × 127,556.39 = 459,203.004
        assertThat(point.netLifeSatisfactionChange()).isCloseTo(0.12, within(EXACT));
        assertThat(point.wellbys()).isCloseTo(3.6, within(EXACT));
        assertThat(point.wellbeingValueDkk()).isCloseTo(459_203.004, within(EXACT * 1e6));
        // 3.6 persons: 697.302 + 29,305.53 + 5,400 = 35,402.832; tax distortion gain 3,540.2832
        assertThat(point.netPersonsOutOfLoneliness()).isCloseTo(3.6, within(EXACT));
        assertThat(point.budgetTotalDkk()).isCloseTo(35_402.832, within(EXACT * 1e5));
        assertThat(point.socialValueDkk()).isCloseTo(459_203.004 + 697.302 + 29_305.53 + 3_540.2832,
                within(EXACT * 1e6));
        assertThat(point.costPerWellbyDkk()).isCloseTo(150_000 / 3.6, within(EXACT * 1e5));
        assertThat(point.socialReturnRatio()).isCloseTo(492_746.1192 / 150_000, within(EXACT));
        assertThat(estimate.parametersUsed()).doesNotContain(ParameterIds.DEADWEIGHT,
                ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR).contains(ParameterIds.LIFE_SATISFACTION_GAP);
    }

    @Test
    void aControlledResultWithoutAncovaFallsBackOnTheDifferenceInNetShares() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.controlledLonelinessWithoutAncova(),
                TestSets.dk2026());

        // s = (9 − 3)/30 − (4 − 1)/30 = 0.1
        assertThat(estimate.wellbeingEffect().ancova()).isFalse();
        assertThat(estimate.wellbeingEffect().estimate()).isCloseTo(0.1, within(EXACT));
        assertThat(estimate.point().wellbys()).isCloseTo(3, within(EXACT));
    }

    @Test
    void aLongerDurationIsDiscountedAndDropsOff() {
        // D = 2, drop-off 0.5, r = 0.035: F = 1 + 0.5 / 1.035
        assertThat(DiscountedDuration.factor(2, 0.5, 0.035)).isCloseTo(1 + 0.5 / 1.035, within(EXACT));
    }
}
