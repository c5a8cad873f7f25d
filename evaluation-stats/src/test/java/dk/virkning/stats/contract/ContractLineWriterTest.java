package dk.virkning.stats.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.stats.attrition.AttritionAnalysis;
import dk.virkning.stats.controlled.ControlledAnalysis;
import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.RandomEffectsMeta;
import dk.virkning.stats.meta.SubgroupMeta;
import dk.virkning.stats.meta.Tau2Method;
import dk.virkning.stats.paired.CompletePairs;
import dk.virkning.stats.paired.PairedAnalysis;
import dk.virkning.stats.paired.ReliableChange;
import org.junit.jupiter.api.Test;

class ContractLineWriterTest {

    private static final double[] PRE = ContractJsonTest.PRE;
    private static final double[] POST = ContractJsonTest.POST;

    @Test
    void writesEveryRecordOfTheCommandLineAsTheContractMappingDoes() {
        boolean[] arms = {true, false, true, false, true, false, true, false, true, false, true, false};
        Object[] records = {
                PairedStatistics.of(PairedAnalysis.analyse(PRE, POST, 7.0)),
                new PairedWithReliableChangeStatistics(PairedStatistics.of(PairedAnalysis.analyse(PRE, POST, null)),
                        ReliableChangeStatistics.of(ReliableChange.of(CompletePairs.of(PRE, POST), 0.85))),
                PairedStatistics.of(PairedAnalysis.analyse(new double[] {1}, new double[] {Double.NaN}, null)),
                BetweenGroupStatistics.of(ControlledAnalysis.analyse(PRE, POST, arms)),
                AttritionStatistics.of(AttritionAnalysis.compare(PRE, new double[] {1, 2})),
                MetaAnalysisStatistics.of(RandomEffectsMeta.analyse(new double[] {0.2, 0.5, 0.1},
                        new double[] {0.04, 0.02, 0.05}, Tau2Method.REML, MetaTest.Z)),
                MetaAnalysisStatistics.empty(),
                SubgroupMetaAnalysisStatistics.of(SubgroupMeta.analyse(new double[] {0.3, 0.5, 0.1, 0.2, 0.45},
                        new double[] {0.04, 0.02, 0.05, 0.03, 0.06}, new String[] {"a", "a", "b", "b", "a"},
                        Tau2Method.REML, MetaTest.ADHOC)),
                ContractJson.read(Analysis.WITHIN, ContractJsonTest.EARLIER_WITHIN_ROW)};
        for (Object record : records) {
            assertThat(ContractLineWriter.line(null, record)).isEqualTo(ContractJson.write(record) + "\n");
        }
    }

    @Test
    void aGroupComesFirst() {
        String line = ContractLineWriter.line("Værket \"Syd\"", MetaAnalysisStatistics.empty());

        assertThat(line).isEqualTo("{\"group\":\"Værket \\\"Syd\\\"\",\"k\":0,\"estimate\":null,\"se\":null,"
                + "\"ci\":null,\"p\":null,\"tau2\":null,\"i2\":null,\"q\":null,\"q_p\":null,\"pi\":null}\n");
    }

    @Test
    void refusesWhatIsNotAContractRecord() {
        assertThatThrownBy(() -> ContractLineWriter.line(null, "text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a contract record");
    }
}
