package dk.virkning.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SyntheticCohortTest {

    private static final List<String> WAVES = List.of("baseline", "post", "followup");
    private static final List<String> INSTRUMENTS = List.of("WHO5", "TILS", "LIFE_SAT");

    private final SyntheticCohort cohort = new SyntheticCohort(42, 0.5, 0.8);

    @Test
    void isReproducibleForTheSameSeed() {
        assertThat(generate(cohort)).isEqualTo(generate(new SyntheticCohort(42, 0.5, 0.8)));
        assertThat(generate(cohort)).isNotEqualTo(generate(new SyntheticCohort(43, 0.5, 0.8)));
    }

    @Test
    void answersStayWithinEachInstrumentsValues() {
        for (SyntheticParticipant p : generate(cohort)) {
            for (Map<String, Map<String, Integer>> wave : p.answers().values()) {
                assertThat(wave.get("WHO5").values()).allSatisfy(v -> assertThat(v).isBetween(0, 5));
                assertThat(wave.get("TILS").values()).allSatisfy(v -> assertThat(v).isBetween(1, 3));
                assertThat(wave.get("LIFE_SAT").values()).allSatisfy(v -> assertThat(v).isBetween(0, 10));
            }
        }
    }

    @Test
    void interventionImprovesWellBeingMoreThanControlAndSomeDropOut() {
        List<SyntheticParticipant> people = generate(cohort);
        double interventionChange = meanWho5Change(people, "INTERVENTION");
        double controlChange = meanWho5Change(people, "CONTROL");
        assertThat(interventionChange).isGreaterThan(controlChange + 3);
        long completedPost = people.stream().filter(p -> p.answers().containsKey("post")).count();
        assertThat(completedPost).isBetween(600L, 950L);
        double baselineWho5 = people.stream().mapToDouble(p -> who5(p, "baseline")).average().orElseThrow();
        assertThat(baselineWho5).isBetween(35.0, 60.0);
    }

    private static List<SyntheticParticipant> generate(SyntheticCohort cohort) {
        return cohort.participants("DEMO-", 1000, 0.4, 18, 80, 2026, WAVES, INSTRUMENTS);
    }

    private static double meanWho5Change(List<SyntheticParticipant> people, String arm) {
        return people.stream()
                .filter(p -> p.arm().equals(arm) && p.answers().containsKey("post"))
                .mapToDouble(p -> who5(p, "post") - who5(p, "baseline"))
                .average().orElseThrow();
    }

    private static double who5(SyntheticParticipant p, String wave) {
        return 4 * p.answers().get(wave).get("WHO5").values().stream().mapToInt(Integer::intValue).sum();
    }
}
