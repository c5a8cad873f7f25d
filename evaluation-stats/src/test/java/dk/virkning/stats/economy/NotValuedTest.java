package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.Test;

class NotValuedTest {

    private static final ChangeEstimate WHO5 =
            new ChangeEstimate("WHO5", new GroupChange(20, 8.0, 16.0), null, null, false, false);
    private static final ChangeEstimate LIFE_SAT =
            new ChangeEstimate("LIFE_SAT", new GroupChange(20, 1.0, 2.0), null, null, false, false);

    @Test
    void who5AloneIsNotValuedWithoutAMappingInTheSet() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0, null, null, WHO5);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.status()).isEqualTo(EstimateStatus.NOT_VALUED);
        assertThat(estimate.notValuedReason()).isEqualTo("only WHO-5 is measured, and valuation set DK-2026.1 holds"
                + " no documented WHO-5 to life-satisfaction mapping");
        assertThat(estimate.route()).isEqualTo(Route.NONE);
        assertThat(estimate.point()).isNull();
        assertThat(estimate.monteCarlo()).isNull();
        assertThat(estimate.sensitivity()).isEmpty();
        assertThat(estimate.valuationSetKey()).isEqualTo("DK-2026.1");
    }

    @Test
    void who5IsValuedThroughADocumentedMapping() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0, null, null, WHO5);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.withWho5Mapping(0.05));

        assertThat(estimate.route()).isEqualTo(Route.WHO5_MAPPING);
        // 8 WHO-5 points × 0.05 × (1 − 0.3) = 0.28 life-satisfaction points
        assertThat(estimate.point().netLifeSatisfactionChange()).isCloseTo(8 * 0.05 * 0.7, within(1e-12));
        assertThat(estimate.parametersUsed()).contains(ParameterIds.WHO5_TO_LIFE_SATISFACTION);
        assertThat(estimate.assumptions()).extracting(Parameter::id).contains(ParameterIds.WHO5_TO_LIFE_SATISFACTION);
    }

    @Test
    void aProjectWithoutLifeSatisfactionOrLonelinessIsNotValued() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0, null, null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.status()).isEqualTo(EstimateStatus.NOT_VALUED);
        assertThat(estimate.notValuedReason())
                .isEqualTo("no change in life satisfaction (LIFE_SAT) or loneliness (T-ILS) is measured");
        assertThat(estimate.notes()).containsExactly("Not valued: " + estimate.notValuedReason() + ".");
    }

    @Test
    void aPostOnlyDesignIsNotValued() {
        ProjectEvidence evidence = new ProjectEvidence(Design.POST_ONLY, 20, 20, 100_000.0, LIFE_SAT, null, null);

        assertThat(EconomyModel.estimate(evidence, TestSets.dk2026()).notValuedReason())
                .isEqualTo("a post-only design measures no change to value");
    }

    @Test
    void aProjectWithoutParticipantsIsNotValued() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 0, 0, 100_000.0, LIFE_SAT, null, null);

        assertThat(EconomyModel.estimate(evidence, TestSets.dk2026()).notValuedReason())
                .isEqualTo("the project has no participants to scale the effect to");
    }

    @Test
    void lifeSatisfactionWithoutLonelinessLeavesBudgetEffectsNotValuedRatherThanZero() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0, LIFE_SAT, null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.status()).isEqualTo(EstimateStatus.VALUED);
        assertThat(estimate.budgetNotValuedReason()).isEqualTo("no change in loneliness caseness (T-ILS) is measured");
        assertThat(estimate.point().budgetTotalDkk()).isNull();
        assertThat(estimate.point().netPersonsOutOfLoneliness()).isNull();
        assertThat(estimate.monteCarlo().of(Output.BUDGET_TOTAL_DKK)).isNull();
        assertThat(estimate.point().socialValueDkk()).isEqualTo(estimate.point().wellbeingValueDkk());
        assertThat(estimate.parametersUsed()).doesNotContain(ParameterIds.HEALTH_COST_REGIONAL);
        assertThat(estimate.notes()).anyMatch(note -> note.startsWith("Budget effects are not valued"));
    }

    @Test
    void withoutARegisteredCostTheCostFiguresAreUndefined() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, null, LIFE_SAT, null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.point().costPerParticipantDkk()).isNull();
        assertThat(estimate.point().costPerWellbyDkk()).isNull();
        assertThat(estimate.point().socialReturnRatio()).isNull();
        assertThat(estimate.monteCarlo().of(Output.SOCIAL_RETURN_RATIO)).isNull();
        assertThat(estimate.monteCarlo().of(Output.COST_PER_WELLBY_DKK)).isNull();
        assertThat(estimate.sensitivity()).allSatisfy(row -> assertThat(row.ratioAtLow()).isNull());
    }

    @Test
    void aWorseningGivesNegativeWellbysAndNoCostPerWellby() {
        ChangeEstimate worse = new ChangeEstimate("LIFE_SAT", new GroupChange(20, -0.5, 2.0), null, null, false, false);
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0, worse, null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.point().wellbys()).isNegative();
        assertThat(estimate.point().costPerWellbyDkk()).isNull();
        assertThat(estimate.point().socialReturnRatio()).isNegative();
    }
}
