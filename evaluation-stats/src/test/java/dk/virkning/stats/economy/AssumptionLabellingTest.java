package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.virkning.stats.design.Design;
import org.junit.jupiter.api.Test;

class AssumptionLabellingTest {

    @Test
    void anUncontrolledEstimateListsDeadweightAndEveryOtherAssumptionItUsed() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.workedExample(), TestSets.dk2026());

        assertThat(estimate.wellbeingEffect().counterfactual()).isEqualTo(Counterfactual.DEADWEIGHT);
        assertThat(estimate.assumptions()).extracting(Parameter::id).containsExactly(ParameterIds.DKK_PER_GBP,
                ParameterIds.CPI_RATIO, ParameterIds.DURATION_YEARS, ParameterIds.DROP_OFF, ParameterIds.DEADWEIGHT,
                ParameterIds.HEALTH_COST_PRICE_RATIO, ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR,
                ParameterIds.TRANSFER_COST);
        assertThat(estimate.assumptions()).allSatisfy(p -> assertThat(p.sourceLabel()).isEqualTo("ASSUMPTION"));
        assertThat(estimate.notes()).contains(
                "No control group: the counterfactual is the deadweight parameter, an ASSUMPTION.",
                "ASSUMPTION: deadweight = 0.3 (share of the observed change that would have happened anyway).");
    }

    @Test
    void aControlledEstimateDoesNotUseDeadweight() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.controlledLonelinessExample(), TestSets.dk2026());

        assertThat(estimate.parametersUsed()).doesNotContain(ParameterIds.DEADWEIGHT);
        assertThat(estimate.assumptions()).extracting(Parameter::id)
                .doesNotContain(ParameterIds.DEADWEIGHT)
                .contains(ParameterIds.LIFE_SATISFACTION_GAP);
        assertThat(estimate.notes()).contains(
                "The effect is net of the control group: the ANCOVA difference at the later wave where it exists.");
    }

    @Test
    void routeAWithoutLonelinessDoesNotListTheGapOrTheStateCost() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 20, 20, 100_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(20, 1.0, 2.0), null, null, false, false), null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.assumptions()).extracting(Parameter::id)
                .doesNotContain(ParameterIds.LIFE_SATISFACTION_GAP, ParameterIds.TRANSFER_COST);
    }

    @Test
    void theEstimateRecordsTheSetTheRouteAndTheDesign() {
        EconomyEstimate estimate = EconomyModel.estimate(TestSets.controlledLonelinessExample(), TestSets.dk2026());

        assertThat(estimate.valuationSetId()).isEqualTo("DK");
        assertThat(estimate.valuationSetVersion()).isEqualTo("2026.1");
        assertThat(estimate.route()).isEqualTo(Route.LONELINESS_CASENESS);
        assertThat(estimate.design()).isEqualTo(Design.RCT);
        assertThat(estimate.wellbeingEffect().nControl()).isEqualTo(30);
    }

    @Test
    void smallSampleFlagsOfTheEvaluationCarryOver() {
        ProjectEvidence evidence = new ProjectEvidence(Design.PRE_POST, 8, 8, 50_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(8, 1.0, 2.0), null, null, true, false), null, null);

        EconomyEstimate estimate = EconomyModel.estimate(evidence, TestSets.dk2026());

        assertThat(estimate.caution()).isTrue();
        assertThat(estimate.suppressed()).isFalse();
        assertThat(estimate.notes()).contains("Small sample (n < 10): interpret with caution.");
    }
}
