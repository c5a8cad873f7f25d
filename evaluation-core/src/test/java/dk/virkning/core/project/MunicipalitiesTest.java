package dk.virkning.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    @Test
    void knowsThe98MunicipalitiesInTheFiveRegions() {
        assertThat(Municipalities.all()).hasSize(98);
        Map<String, Long> perRegion = Municipalities.all().values().stream()
                .collect(Collectors.groupingBy(Municipalities.Municipality::regionCode, Collectors.counting()));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1081", 11L, "1082", 19L, "1083", 22L, "1084", 29L, "1085", 17L));
        assertThat(Municipalities.find("101").orElseThrow().name()).isEqualTo("København");
        assertThat(Municipalities.find("400").orElseThrow().regionCode()).isEqualTo("1084");
        assertThat(Municipalities.find("615").orElseThrow().regionCode()).isEqualTo("1082");
    }

    @Test
    void refusesCodesThatAreNoMunicipalityOrRegion() {
        assertThat(Municipalities.isMunicipality("411")).as("Christiansø is not a municipality").isFalse();
        assertThat(Municipalities.isMunicipality("0101")).isFalse();
        assertThat(Municipalities.isMunicipality(null)).isFalse();
        assertThat(Municipalities.isRegion("1085")).isTrue();
        assertThat(Municipalities.isRegion("1080")).isFalse();
    }
}
