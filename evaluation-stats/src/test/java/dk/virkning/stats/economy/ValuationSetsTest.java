package dk.virkning.stats.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.stats.definition.InMemoryResources;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValuationSetsTest {

    private final ValuationSets sets = ValuationSets.bundled();

    @Test
    void everySetFileInTheDirectoryIsListedAndLoads() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getClassLoader().getResource(ValuationSets.DEFAULT_DIRECTORY).toURI());
        List<String> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("index.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(sets.all()).extracting(ValuationSet::key).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyParameterHasASourceWithALocatorOrIsALabelledAssumptionWithARationale() {
        for (ValuationSet set : sets.all()) {
            for (Parameter parameter : set.parameters()) {
                if (parameter.assumption()) {
                    assertThat(parameter.sourceLabel()).as(parameter.id()).isEqualTo("ASSUMPTION");
                    assertThat(parameter.rationale()).as(parameter.id()).isNotBlank();
                } else {
                    assertThat(parameter.source().citation()).as(parameter.id()).isNotBlank();
                    assertThat(parameter.source().locator()).as(parameter.id()).isNotBlank();
                }
                assertThat(parameter.description().da()).as(parameter.id()).isNotBlank();
                assertThat(parameter.description().en()).as(parameter.id()).isNotBlank();
            }
            assertThat(set.definition()).as(set.key()).contains("\"id\": \"" + set.id() + "\"");
        }
    }

    @Test
    void theCurrentSetIsTheFirstDanishSet() {
        assertThat(sets.current().key()).isEqualTo("DK-2026.1");
        assertThat(sets.current().priceYear()).isEqualTo(2024);
        assertThat(sets.current().currency()).isEqualTo("DKK");
    }

    @Test
    void theFirstSetHoldsThePublicFiguresOfTheSpecification() {
        ValuationSet set = sets.get("DK-2026.1");

        Parameter wellby = set.parameter(ParameterIds.WELLBY_VALUE_GBP);
        assertThat(List.of(wellby.value(), wellby.low(), wellby.high())).containsExactly(13_000.0, 10_000.0, 16_000.0);
        assertThat(wellby.priceYear()).isEqualTo(2019);
        assertThat(wellby.source().citation()).contains("HM Treasury", "Wellbeing guidance for appraisal", "2021");

        assertThat(set.parameter(ParameterIds.HEALTH_COST_MUNICIPAL).value()).isEqualTo(185.0);
        assertThat(set.parameter(ParameterIds.HEALTH_COST_REGIONAL).value()).isEqualTo(7_775.0);
        assertThat(set.parameter(ParameterIds.HEALTH_COST_REGIONAL).source().citation())
                .contains("Ensomhed i Tal", "Sundhedsstyrelsen", "Sygdomsbyrden i Danmark");

        Parameter discount = set.parameter(ParameterIds.DISCOUNT_RATE);
        assertThat(discount.value()).isEqualTo(0.035);
        assertThat(discount.assumption()).isFalse();
        assertThat(discount.source().citation()).contains("Finansministeriet", "diskonteringsrente");
    }

    @Test
    void theFirstSetLabelsExactlyItsUnsourcedParametersAsAssumptions() {
        assertThat(sets.get("DK-2026.1").assumptions()).extracting(Parameter::id).containsExactly(
                ParameterIds.DKK_PER_GBP, ParameterIds.CPI_RATIO, ParameterIds.DURATION_YEARS, ParameterIds.DROP_OFF,
                ParameterIds.DEADWEIGHT, ParameterIds.LIFE_SATISFACTION_GAP, ParameterIds.HEALTH_COST_PRICE_RATIO,
                ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR, ParameterIds.TRANSFER_COST);
    }

    @Test
    void theFirstSetHasNoWho5Mapping() {
        assertThat(sets.get("DK-2026.1").find(ParameterIds.WHO5_TO_LIFE_SATISFACTION)).isEmpty();
    }

    @Test
    void aCurrentSetThatIsNotListedFailsTheLoad() {
        ClassLoader loader = new InMemoryResources()
                .with("v/index.json", "{\"current\": \"DK-2025.2\", \"sets\": [\"DK-2025.1\"]}");

        assertThatThrownBy(() -> ValuationSets.fromClasspath(loader, "v"))
                .isInstanceOf(ValuationSetException.class)
                .hasMessage("Valuation set index v/index.json is invalid: current: set DK-2025.2 is not listed in sets");
    }

    @Test
    void anUnknownSetNamesTheKnownOnes() {
        assertThatThrownBy(() -> sets.get("DK-1999.1"))
                .isInstanceOf(ValuationSetException.class)
                .hasMessage("Unknown valuation set 'DK-1999.1' (known: DK-2026.1)");
    }
}
