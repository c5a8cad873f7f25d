package dk.virkning.batch.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import dk.virkning.stats.design.Design;
import dk.virkning.stats.economy.AdjustedDifference;
import dk.virkning.stats.economy.CasenessChange;
import dk.virkning.stats.economy.GroupChange;
import dk.virkning.stats.economy.ProjectEvidence;
import org.junit.jupiter.api.Test;

class EvidenceAssemblerTest {

    private static final ProjectFacts PRE_POST = new ProjectFacts("PRE_POST", new BigDecimal("400000.00"), 40, 40,
            30, 30);
    private static final ProjectFacts RCT = new ProjectFacts("RCT", null, 62, 30, 50, 24);

    @Test
    void anUncontrolledDesignUsesTheWholeGroupAndAllParticipants() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(PRE_POST, List.of(
                row("LIFE_SAT", "ALL", "ALL", 25, "{\"mean_change\": 0.8, \"sd_change\": 2.0}"),
                row("TILS", "ALL", "ALL", 25, "{\"cases_resolved\": 8, \"cases_new\": 2}")));

        assertThat(evidence.design()).isEqualTo(Design.PRE_POST);
        assertThat(evidence.participants()).isEqualTo(40);
        assertThat(evidence.participantsAged16To64()).isEqualTo(30);
        assertThat(evidence.costDkk()).isEqualTo(400_000.0);
        assertThat(evidence.lifeSatisfaction().intervention()).isEqualTo(new GroupChange(25, 0.8, 2.0));
        assertThat(evidence.lifeSatisfaction().control()).isNull();
        assertThat(evidence.loneliness().intervention()).isEqualTo(new CasenessChange(25, 8, 2));
        assertThat(evidence.who5()).isNull();
    }

    @Test
    void aControlledDesignUsesTheArmsAndTheInterventionArmsParticipants() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(RCT, List.of(
                row("LIFE_SAT", "ALL", "ALL", 60, "{\"mean_change\": 0.5, \"sd_change\": 2.0}"),
                row("LIFE_SAT", "ARM", "CONTROL", 30, "{\"mean_change\": 0.2, \"sd_change\": 1.8}"),
                row("LIFE_SAT", "ARM", "INTERVENTION", 30, "{\"mean_change\": 0.9, \"sd_change\": 2.1}")));

        assertThat(evidence.participants()).isEqualTo(30);
        assertThat(evidence.participantsAged16To64()).isEqualTo(24);
        assertThat(evidence.costDkk()).isNull();
        assertThat(evidence.lifeSatisfaction().intervention()).isEqualTo(new GroupChange(30, 0.9, 2.1));
        assertThat(evidence.lifeSatisfaction().control()).isEqualTo(new GroupChange(30, 0.2, 1.8));
        assertThat(evidence.lifeSatisfaction().adjusted()).isNull();
    }

    @Test
    void aControlledDesignTakesTheAncovaOfTheBetweenGroupResult() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(RCT, List.of(
                row("LIFE_SAT", "ARM", "CONTROL", 30, "{\"mean_change\": 0.2, \"sd_change\": 1.8}"),
                row("LIFE_SAT", "ARM", "INTERVENTION", 30, "{\"mean_change\": 0.9, \"sd_change\": 2.1}"),
                between("LIFE_SAT", "{\"ancova_diff\": 0.55, \"ancova_se\": 0.21}"),
                row("TILS", "ARM", "CONTROL", 30, "{\"cases_resolved\": 4, \"cases_new\": 1}"),
                row("TILS", "ARM", "INTERVENTION", 30, "{\"cases_resolved\": 9, \"cases_new\": 3}"),
                between("TILS", "{\"ancova_diff\": -0.8, \"ancova_se\": 0.3, \"caseness_ancova_diff\": -0.12,"
                        + " \"caseness_ancova_se\": 0.09}")));

        assertThat(evidence.lifeSatisfaction().adjusted()).isEqualTo(new AdjustedDifference(0.55, 0.21));
        assertThat(evidence.loneliness().adjusted()).isEqualTo(new AdjustedDifference(-0.12, 0.09));
    }

    @Test
    void aBetweenGroupResultStoredBeforeTheCasenessAncovaLeavesTheRawDifference() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(RCT, List.of(
                row("TILS", "ARM", "CONTROL", 30, "{\"cases_resolved\": 4, \"cases_new\": 1}"),
                row("TILS", "ARM", "INTERVENTION", 30, "{\"cases_resolved\": 9, \"cases_new\": 3}"),
                between("TILS", "{\"ancova_diff\": -0.8, \"ancova_se\": 0.3}")));

        assertThat(evidence.loneliness().adjusted()).isNull();
        assertThat(evidence.loneliness().control()).isEqualTo(new CasenessChange(30, 4, 1));
    }

    @Test
    void aControlledDesignWithoutAControlResultFallsBackOnDeadweight() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(RCT, List.of(
                row("LIFE_SAT", "ARM", "INTERVENTION", 30, "{\"mean_change\": 0.9, \"sd_change\": 2.1}"),
                row("LIFE_SAT", "ARM", "CONTROL", 1, "{\"mean_change\": null, \"sd_change\": null}")));

        assertThat(evidence.lifeSatisfaction().control()).isNull();
    }

    @Test
    void aResultWithoutTheNeededStatisticsCountsAsNotMeasured() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(PRE_POST, List.of(
                row("LIFE_SAT", "ALL", "ALL", 1, "{\"mean_change\": null, \"sd_change\": null}"),
                row("TILS", "ALL", "ALL", 25, "{\"cases_resolved\": null, \"cases_new\": null}"),
                row("WHO5", "ALL", "ALL", 25, "{\"mean_change\": 8}")));

        assertThat(evidence.lifeSatisfaction()).isNull();
        assertThat(evidence.loneliness()).isNull();
        assertThat(evidence.who5()).isNull();
    }

    @Test
    void smallSampleFlagsCarryOver() {
        ProjectEvidence evidence = EvidenceAssembler.assemble(PRE_POST, List.of(
                row("LIFE_SAT", "ALL", "ALL", 8, "{\"mean_change\": 0.8, \"sd_change\": 2.0}"),
                row("TILS", "ALL", "ALL", 4, "{\"cases_resolved\": 1, \"cases_new\": 0}")));

        assertThat(evidence.lifeSatisfaction().caution()).isTrue();
        assertThat(evidence.lifeSatisfaction().suppressed()).isFalse();
        assertThat(evidence.loneliness().suppressed()).isTrue();
    }

    @Test
    void aStatisticThatIsNotANumberIsCorruptDataAndFails() {
        assertThatThrownBy(() -> EvidenceAssembler.assemble(PRE_POST, List.of(
                row("LIFE_SAT", "ALL", "ALL", 25, "{\"mean_change\": \"0.8\", \"sd_change\": 2.0}"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("evaluation_result LIFE_SAT ALL=ALL: statistics.mean_change is not a number: \"0.8\"");
    }

    private static EvaluationRow row(String instrument, String type, String value, int n, String statistics) {
        return new EvaluationRow(instrument, "WITHIN", type, value, n, n < 10, n < 5, statistics);
    }

    private static EvaluationRow between(String instrument, String statistics) {
        return new EvaluationRow(instrument, "BETWEEN", "ALL", "ALL", 60, false, false, statistics);
    }
}
