package dk.virkning.stats.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Danish wordings of WHO-5 and T-ILS must be the validated ones, letter for letter. */
class ValidatedWordingTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.bundled();

    @Test
    void who5UsesTheDanishValidatedWording() {
        Instrument who5 = catalog.get("WHO5");

        assertThat(who5.instruction().da()).isEqualTo("I de sidste 2 uger…");
        assertThat(who5.items()).extracting(item -> item.text().da()).containsExactly(
                "…har jeg været glad og i godt humør",
                "…har jeg følt mig rolig og afslappet",
                "…har jeg følt mig aktiv og energisk",
                "…er jeg vågnet frisk og udhvilet",
                "…har min dagligdag været fyldt med ting der interesserer mig");
        assertThat(who5.items()).allSatisfy(item -> assertThat(item.options())
                .extracting(o -> o.value() + " " + o.label().da())
                .containsExactly("5 Hele tiden", "4 Det meste af tiden", "3 Lidt mere end halvdelen af tiden",
                        "2 Lidt mindre end halvdelen af tiden", "1 Lidt af tiden", "0 På intet tidspunkt"));
    }

    @Test
    void tilsUsesTheWordingOfTheNationalHealthProfile() {
        Instrument tils = catalog.get("TILS");

        assertThat(tils.items()).extracting(item -> item.text().da()).containsExactly(
                "Hvor ofte føler du, at du mangler nogen at være sammen med?",
                "Hvor ofte føler du dig holdt udenfor?",
                "Hvor ofte føler du dig isoleret fra andre?");
        assertThat(tils.items()).allSatisfy(item -> assertThat(item.options())
                .extracting(o -> o.value() + " " + o.label().da())
                .containsExactly("3 Ofte", "2 En gang imellem", "1 Sjældent eller aldrig"));
    }

    @Test
    void djg6StoresJaMereEllerMindreNejAsThreeTwoOne() {
        Instrument djg6 = catalog.get("DJG6");

        assertThat(djg6.items()).allSatisfy(item -> assertThat(item.options())
                .extracting(o -> o.value() + " " + o.label().da())
                .containsExactly("3 Ja", "2 Mere eller mindre", "1 Nej"));
        assertThat(djg6.subscales()).extracting(Subscale::id, Subscale::items).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EMOTIONAL", java.util.List.of("1", "2", "3")),
                org.assertj.core.groups.Tuple.tuple("SOCIAL", java.util.List.of("4", "5", "6")));
    }

    @Test
    void singleItemQuestionsUseTheirDanishWording() {
        assertThat(catalog.get("LIFE_SAT").items().get(0).text().da())
                .isEqualTo("Alt i alt, hvor tilfreds er du med dit liv for tiden?");
        assertThat(catalog.get("UNWANTED_ALONE").items().get(0).text().da())
                .isEqualTo("Er det sket for dig, at du er alene, selvom du har mest lyst til at være sammen med andre?");
        assertThat(catalog.get("UNWANTED_ALONE").items().get(0).options()).extracting(o -> o.label().da())
                .containsExactly("Ja, ofte", "Ja, en gang imellem", "Ja, men sjældent", "Nej");
    }
}
