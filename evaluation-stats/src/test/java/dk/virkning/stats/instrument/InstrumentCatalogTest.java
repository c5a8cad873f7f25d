package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.virkning.stats.definition.InMemoryResources;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentCatalogTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();

    @Test
    void loadsTheFiveInstrumentsInIndexOrder() {
        assertThat(catalog.ids()).containsExactly("WHO5", "TILS", "LIFE_SAT", "UNWANTED_ALONE", "DJG6");
        assertThat(catalog.all()).extracting(Instrument::id).containsExactlyElementsOf(catalog.ids());
    }

    @Test
    void theBundledReliabilitiesSayWhetherTheyWereChecked() {
        Reliability who5 = catalog.get("WHO5").publishedReliability().orElseThrow();
        assertThat(who5.value()).isEqualTo(0.85);
        assertThat(who5.kind()).isEqualTo(ReliabilityKind.INTERNAL_CONSISTENCY);
        assertThat(who5.assumption()).isFalse();
        assertThat(who5.locator()).isNotBlank();
        for (String id : List.of("TILS", "DJG6", "LIFE_SAT")) {
            Reliability r = catalog.get(id).publishedReliability().orElseThrow();
            assertThat(r.assumption()).as(id).isTrue();
            assertThat(r.source()).as(id).startsWith("ASSUMPTION");
        }
        assertThat(catalog.get("LIFE_SAT").publishedReliability().orElseThrow().kind())
                .isEqualTo(ReliabilityKind.TEST_RETEST);
        // no published figure found for the single question: no reliable change for it
        assertThat(catalog.get("UNWANTED_ALONE").publishedReliability()).isEmpty();
    }

    @Test
    void getAndFindReturnTheSameInstrument() {
        assertThat(catalog.find("TILS")).containsSame(catalog.get("TILS"));
    }

    @Test
    void idsAreCaseSensitive() {
        assertThat(catalog.find("who5")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void getOfAnUnknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> catalog.get("SWEMWBS"))
                .isInstanceOf(UnknownInstrumentException.class)
                .hasMessage("Unknown instrument 'SWEMWBS' (known: WHO5, TILS, LIFE_SAT, UNWANTED_ALONE, DJG6)")
                .satisfies(e -> assertThat(((UnknownInstrumentException) e).instrumentId()).isEqualTo("SWEMWBS"));
    }

    @Test
    void allCannotBeModified() {
        List<Instrument> all = catalog.all();

        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catalog.all()).hasSize(5);
    }

    @Test
    void aNewInstrumentIsAFileAndAnIndexLine() {
        InMemoryResources resources = new InMemoryResources()
                .with("custom/index.json", "{\"instruments\": [\"TEST\"]}")
                .with("custom/TEST.json", Definitions.VALID);

        InstrumentCatalog custom = InstrumentCatalog.fromClasspath(resources, "custom");

        assertThat(custom.ids()).containsExactly("TEST");
        assertThat(new InstrumentScorer().score(custom.get("TEST"), Answers.of(3, 2)).value()).isEqualTo(5.0);
    }

    @Test
    void failsWhenTheIndexIsMissing() {
        assertThatThrownBy(() -> InstrumentCatalog.fromClasspath(new InMemoryResources(), "nowhere"))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Cannot find the instrument index: nowhere/index.json is not on the classpath");
    }

    @Test
    void failsWhenAListedDefinitionIsMissing() {
        InMemoryResources resources = new InMemoryResources()
                .with("custom/index.json", "{\"instruments\": [\"TEST\", \"GONE\"]}")
                .with("custom/TEST.json", Definitions.VALID);

        assertThatThrownBy(() -> InstrumentCatalog.fromClasspath(resources, "custom/"))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Cannot find instrument GONE listed in custom/index.json: custom/GONE.json is not on the "
                        + "classpath");
    }

    @Test
    void failsWhenAFileHoldsAnotherIdThanTheIndexSays() {
        InMemoryResources resources = new InMemoryResources()
                .with("custom/index.json", "{\"instruments\": [\"OTHER\"]}")
                .with("custom/OTHER.json", Definitions.VALID);

        assertThatThrownBy(() -> InstrumentCatalog.fromClasspath(resources, "custom"))
                .hasMessage("Instrument definition custom/OTHER.json has id TEST but custom/index.json lists it as OTHER");
    }

    @Test
    void failsOnAMalformedIndex() {
        InMemoryResources resources = new InMemoryResources()
                .with("custom/index.json", "{\"instrument\": [\"TEST\"]}");

        assertThatThrownBy(() -> InstrumentCatalog.fromClasspath(resources, "custom"))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Instrument index custom/index.json is invalid: instrument: unknown field");
    }

    @Test
    void failsOnAnIdListedTwice() {
        InMemoryResources resources = new InMemoryResources()
                .with("custom/index.json", "{\"instruments\": [\"TEST\", \"TEST\"]}");

        assertThatThrownBy(() -> InstrumentCatalog.fromClasspath(resources, "custom"))
                .hasMessage("Instrument index custom/index.json is invalid: instruments: an id is listed twice");
    }

    @Test
    void ofRejectsTwoInstrumentsWithOneId() {
        Instrument test = Definitions.read(Definitions.VALID);

        assertThatThrownBy(() -> InstrumentCatalog.of(List.of(test, test)))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("Instrument TEST is defined twice");
    }
}
