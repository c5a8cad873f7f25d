package dk.virkning.api.demo;

import java.util.List;

import dk.virkning.core.project.Arena;
import dk.virkning.core.project.InterventionType;
import dk.virkning.core.project.Strategy;
import dk.virkning.core.project.WaveDraft;
import dk.virkning.stats.design.Design;

/**
 * One demo project, modelled on a real initiative of the 2021 Danish overview of initiatives
 * against loneliness (names of initiative and organisation only; all participants are synthetic).
 */
record DemoProject(String organisation, String title, String description, int ageMin, int ageMax,
                   List<String> municipalityCodes, List<InterventionType> interventionTypes,
                   List<Strategy> strategies, Arena arena, Design design, List<String> instruments,
                   List<WaveDraft> waves, int participants, double effect, long costDkk, long seed) {

    double controlShare() {
        return design == Design.PRE_POST_CONTROL || design == Design.RCT ? 0.45 : 0.0;
    }

    static List<DemoProject> all() {
        List<WaveDraft> threeWaves = List.of(new WaveDraft("baseline", 0), new WaveDraft("post", 91),
                new WaveDraft("followup-3m", 182));
        List<WaveDraft> twoWaves = List.of(new WaveDraft("baseline", 0), new WaveDraft("post", 120));
        return List.of(
                new DemoProject("Ventilen Danmark", "KOMsammen",
                        "Ugentlige fællesskaber for unge, der føler sig ensomme, med frivillige unge som værter.",
                        15, 30, List.of("101", "461", "730"), List.of(InterventionType.ACTIVITY, InterventionType.MEETING_PLACE),
                        List.of(Strategy.SOCIAL_NETWORK, Strategy.SOCIAL_EMOTIONAL_SKILLS), Arena.LEISURE_COMMUNITIES,
                        Design.PRE_POST, List.of("WHO5", "TILS", "LIFE_SAT"), threeWaves, 80, 0.45, 640_000, 11),
                new DemoProject("Røde Kors", "Værket",
                        "Værksteds- og aktivitetsfællesskab for voksne i en svær livssituation.",
                        30, 60, List.of("751", "101"), List.of(InterventionType.ACTIVITY),
                        List.of(Strategy.SOCIAL_NETWORK), Arena.LEISURE_COMMUNITIES,
                        Design.PRE_POST, List.of("WHO5", "TILS"), twoWaves, 60, 0.30, 420_000, 12),
                new DemoProject("Røde Kors", "Patientstøtterne",
                        "Frivillige patientstøtter besøger indlagte patienter, der er alene under indlæggelsen.",
                        18, 90, List.of("101", "147", "461"), List.of(InterventionType.VISITING_FRIEND_MENTOR),
                        List.of(Strategy.SOCIAL_SUPPORT), Arena.HEALTH_CARE,
                        Design.RCT, List.of("WHO5", "TILS", "UNWANTED_ALONE"), twoWaves, 120, 0.35, 900_000, 13),
                new DemoProject("Læseforeningen", "Læsegruppe mod ensomhed",
                        "Højtlæsning i små grupper for ældre, der føler sig ensomme; venteliste som kontrolgruppe.",
                        65, 95, List.of("751", "851", "561"), List.of(InterventionType.ACTIVITY),
                        List.of(Strategy.SOCIAL_NETWORK, Strategy.PSYCHOEDUCATION), Arena.LEISURE_COMMUNITIES,
                        Design.PRE_POST_CONTROL, List.of("WHO5", "TILS", "LIFE_SAT"), threeWaves, 100, 0.40, 510_000, 14));
    }
}
