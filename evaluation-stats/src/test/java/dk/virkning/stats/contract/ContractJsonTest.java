package dk.virkning.stats.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import dk.virkning.stats.economy.MonteCarloSummary;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.OutputDistribution;
import dk.virkning.stats.paired.PairedAnalysis;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

    /**
     * A WITHIN row exactly as the evaluation job stored it before the contract became records
     * (the command line's paired output for {@link #PRE} and {@link #POST} with cut-off 7, then the
     * MIC fields).
     */
    static final String EARLIER_WITHIN_ROW = resource("/contract/earlier-within-row.json");

    static final double[] PRE = {5, 7, 5, 5, 2, 6, 0, 0, 2, 5, 3, 6};
    static final double[] POST = {3, 2, 5, 5, 7, 0, 0, 3, 6, 3, 3, 1};

    @Test
    void aWithinResultStoredBeforeTheRecordsReadsBackFieldForFieldAndWritesTheSameText() {
        WithinGroupStatistics s = (WithinGroupStatistics) ContractJson.read(Analysis.WITHIN, EARLIER_WITHIN_ROW);

        assertThat(s.paired().n()).isEqualTo(12);
        assertThat(s.paired().meanChange()).isEqualTo(-0.6666666666666665);
        assertThat(s.paired().ciChange().lower()).isEqualTo(-2.9225476681537077);
        assertThat(s.paired().ciChange().upper()).isEqualTo(1.5892143348203747);
        assertThat(s.paired().pT()).isEqualTo(0.5287571161014739);
        assertThat(s.paired().casesResolved()).isEqualTo(1);
        assertThat(s.importantChange().micDeteriorated()).isEqualTo(5);
        assertThat(s.importantChange().shareImproved()).isEqualTo(0.3333333333333333);
        assertThat(s.paired().smcr()).isNull();
        assertThat(s.reliability().alpha()).isNull();
        assertThat(s.reliability().improved()).isNull();
        assertThat(ContractJson.write(s)).isEqualTo(EARLIER_WITHIN_ROW.replace("\"wilcoxon_v\"",
                "\"smcr\":null,\"smcr_vi\":null,\"wilcoxon_v\"").replace("}", ",\"rci_reliability\":null,"
                + "\"rci_reliability_kind\":null,\"rci_s_diff\":null,\"rci_threshold\":null,\"rci_improved\":null,"
                + "\"rci_unchanged\":null,\"rci_deteriorated\":null,\"share_rci_improved\":null,"
                + "\"share_rci_unchanged\":null,\"share_rci_deteriorated\":null,\"cronbach_alpha\":null,"
                + "\"cronbach_alpha_n\":null,\"bocf_n\":null,\"bocf_n_imputed\":null,\"bocf_mean_change\":null,"
                + "\"bocf_ci_change\":null,\"bocf_p\":null,\"bocf_differs\":null}"));
    }

    @Test
    void theRecordsOfAnAnalysisCarryItsNumbers() {
        PairedStatistics s = PairedStatistics.of(PairedAnalysis.analyse(PRE, POST, 7.0));
        PairedStatistics stored = ((WithinGroupStatistics) ContractJson.read(Analysis.WITHIN, EARLIER_WITHIN_ROW))
                .paired();

        assertThat(s).usingRecursiveComparison().ignoringFields("smcr", "smcrVi").isEqualTo(stored);
        // a field the contract gained after the row was stored: J(11) · mean change / sd_pre, J(11) from R
        assertThat(s.smcr()).isCloseTo(0.92995981 * -0.6666666666666665 / 2.3677121037112188,
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void smallCountsAreWithheldWithTheTestsThatWouldRevealThem() {
        WithinGroupStatistics s = (WithinGroupStatistics) ContractJson.read(Analysis.WITHIN, EARLIER_WITHIN_ROW);

        WithinGroupStatistics shown = s.withoutSmallCounts();

        assertThat(shown.paired().n()).isEqualTo(12);
        assertThat(shown.paired().casesPre()).isNull();
        assertThat(shown.paired().mcnemarExactP()).isNull();
        assertThat(shown.paired().meanChange()).isEqualTo(s.paired().meanChange());
        assertThat(shown.importantChange().micImproved()).isNull();
        assertThat(shown.importantChange().shareImproved()).isNull();
        assertThat(shown.importantChange().micDeteriorated()).isEqualTo(5);
        assertThat(shown.importantChange().shareDeteriorated()).isEqualTo(0.4166666666666667);
        assertThat(ContractJson.cleared(s, shown)).containsExactly("cases_pre", "cases_post", "cases_resolved",
                "cases_new", "mcnemar_p", "mcnemar_exact_p", "mic_improved", "share_improved");
    }

    @Test
    void aZeroCountIsShownBecauseItDisclosesNobody() {
        BetweenGroupStatistics s = new BetweenGroupStatistics(0, 7, 1.0, 2.0, -1.0, null, null, null, null, null, null, null, null,
                null, null, null, null, 3, 0.5, null, 0.2, false);

        assertThat(s.withoutSmallCounts().nIntervention()).isZero();
        assertThat(s.withoutSmallCounts().nControl()).isEqualTo(7);
        // three carried-forward participants are a small count, and the BOCF difference would reveal it
        assertThat(s.withoutSmallCounts().bocfNImputed()).isNull();
        assertThat(s.withoutSmallCounts().bocfAncovaDiff()).isNull();
    }

    @Test
    void aWithheldResultHasEveryContractFieldAsNull() {
        AttritionStatistics s = new AttritionStatistics(3, 9, 1.0, 1.0, 2.0, 1.0, -1.0, -2.0, 9.5, 0.07, null);

        String json = ContractJson.write(s.withheld());

        assertThat(json).isEqualTo("{\"n_completers\":null,\"n_non_completers\":null,\"mean_completers\":null,"
                + "\"sd_completers\":null,\"mean_non_completers\":null,\"sd_non_completers\":null,\"difference\":null,"
                + "\"welch_t\":null,\"welch_df\":null,\"welch_p\":null,\"welch_ci\":null}");
        assertThat(ContractJson.fieldNames(s)).hasSize(11).startsWith("n_completers").endsWith("welch_ci");
    }

    @Test
    void aStoredStringWhereANumberBelongsIsCorruptDataNamedByItsField() {
        assertThatThrownBy(() -> ContractJson.read(Analysis.WITHIN, "{\"mean_change\": \"0.8\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mean_change is not a number: \"0.8\"");
    }

    @Test
    void noStudiesIsKZeroWithEveryStatisticUndefined() {
        assertThat(ContractJson.write(MetaAnalysisStatistics.empty())).isEqualTo("{\"k\":0,\"estimate\":null,"
                + "\"se\":null,\"ci\":null,\"p\":null,\"tau2\":null,\"i2\":null,\"q\":null,\"q_p\":null,\"pi\":null}");
    }

    @Test
    void theMonteCarloSummaryListsEveryOutputWithNullWhereUndefined() {
        Map<Output, OutputDistribution> intervals = new EnumMap<>(Output.class);
        intervals.put(Output.WELLBYS, new OutputDistribution(2.0, 1.9, 0.5, 3.5));
        MonteCarloStatistics s = MonteCarloStatistics.of(new MonteCarloSummary(42, 1000, intervals, 0.25, null));

        String json = ContractJson.write(s);

        assertThat(json).startsWith("{\"seed\":42,\"draws\":1000,\"outputs\":{\"net_life_satisfaction_change\":null,")
                .contains("\"wellbys\":{\"mean\":2.0,\"median\":1.9,\"interval\":[0.5,3.5],\"interval_mc_error\":null,\"interval_stable\":null}")
                .endsWith("\"social_return_ratio\":null},\"probability_social_value_exceeds_cost\":0.25,"
                        + "\"probability_wellbeing_value_exceeds_cost\":null}");
        MonteCarloStatistics back = ContractJson.read(json, MonteCarloStatistics.class);
        assertThat(back.of(Output.WELLBYS).upper()).isEqualTo(3.5);
        assertThat(back.of(Output.SOCIAL_VALUE_DKK)).isNull();
        assertThat(back.socialValueExceedsCost()).isEqualTo(0.25);
    }

    @Test
    void anEstimateStoredByTheEarlierModelReadsWithoutItsRetiredTotal() {
        MonteCarloStatistics stored = ContractJson.read("{\"seed\":1,\"draws\":10000,\"outputs\":{\"wellbys\":"
                + "{\"mean\":2.0,\"median\":1.9,\"interval\":[0.5,3.5]},\"total_value_dkk\":{\"mean\":9.0,"
                + "\"median\":9.0,\"interval\":[1.0,20.0]}}}", MonteCarloStatistics.class);

        assertThat(stored.of(Output.WELLBYS).median()).isEqualTo(1.9);
        assertThat(stored.of(Output.SOCIAL_VALUE_DKK)).isNull();
        assertThat(stored.socialValueExceedsCost()).isNull();
    }

    @Test
    void anUnknownOutputNameIsCorruptData() {
        assertThatThrownBy(() -> ContractJson.read("{\"wellbyz\": 1.5}", PointEstimate.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wellbyz");
    }

    @Test
    void everyOutputIsNamedInJsonAsItsContractName() {
        assertThat(Output.WELLBEING_VALUE_DKK.jsonName()).isEqualTo("wellbeing_value_dkk");
        PointEstimate point = ContractJson.read("{\"wellbys\": 1.5, \"total_value_dkk\": null}", PointEstimate.class);
        assertThat(point.of(Output.WELLBYS)).isEqualTo(1.5);
        assertThat(point.of(Output.SOCIAL_VALUE_DKK)).isNull();
    }

    private static String resource(String name) {
        try (InputStream in = ContractJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
