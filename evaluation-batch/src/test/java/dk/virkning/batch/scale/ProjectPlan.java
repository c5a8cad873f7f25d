package dk.virkning.batch.scale;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * One synthetic project of the national-scale dataset: what the generator registers and how its
 * participants answer. The mix follows the Danish field as docs/domain.md describes it: mostly
 * uncontrolled pre-post evaluations by NGOs and municipalities, some controlled ones, a few
 * post-only surveys, WHO-5 and T-ILS everywhere and life satisfaction in some.
 *
 * @param title         unique within the dataset (the generator finds the project's id by it)
 * @param waves         wave names in order, with {@link #offsetDays} alongside; one wave for POST_ONLY
 * @param effect        the intervention's improvement in latent SDs at the post wave
 * @param baselineShift how much lonelier than the population the target group starts
 */
public record ProjectPlan(String title, String design, List<String> waves, List<Integer> offsetDays,
                          List<String> instruments, int participants, double costDkk, int ageMin, int ageMax,
                          LocalDate start, double effect, double baselineShift, long cohortSeed) {

    private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 1);

    /** Draws a project: ~60% PRE_POST, 30% controlled (PRE_POST_CONTROL, RCT), 10% POST_ONLY. */
    static ProjectPlan draw(Random random, String title, int participants, long cohortSeed) {
        double d = random.nextDouble();
        String design = d < 0.60 ? "PRE_POST" : d < 0.75 ? "PRE_POST_CONTROL" : d < 0.90 ? "RCT" : "POST_ONLY";
        List<String> waves;
        List<Integer> offsets;
        if (design.equals("POST_ONLY")) {
            waves = List.of("post");
            offsets = List.of(90 + random.nextInt(90));
        } else if (random.nextDouble() < 0.6) {
            waves = List.of("baseline", "post");
            offsets = List.of(0, 60 + random.nextInt(120));
        } else {
            int post = 60 + random.nextInt(120);
            waves = List.of("baseline", "post", "follow-up");
            offsets = List.of(0, post, post + 90 + random.nextInt(270));
        }
        List<String> instruments = random.nextDouble() < 0.25 ? List.of("WHO5", "TILS", "LIFE_SAT")
                : List.of("WHO5", "TILS");
        double a = random.nextDouble();
        int ageMin = a < 0.45 ? 65 : a < 0.85 ? 18 : 13;
        int ageMax = a < 0.45 ? 95 : a < 0.85 ? 64 : 25;
        double cost = Math.round(Math.exp(12.2 + 0.8 * random.nextGaussian()) / 1000.0) * 1000.0;
        return new ProjectPlan(title, design, waves, offsets, instruments, participants, cost, ageMin, ageMax,
                FIRST_START.plusDays(random.nextInt(900)), 0.5 * random.nextDouble(), 0.5 + 0.5 * random.nextDouble(),
                cohortSeed);
    }

    boolean controlled() {
        return design.equals("PRE_POST_CONTROL") || design.equals("RCT");
    }

    /**
     * Participants per project for {@code projects} projects adding up to exactly {@code total}:
     * skewed like real projects (many small, a few with several hundred), at least 12 each.
     */
    static int[] sizes(Random random, int projects, int total) {
        double[] raw = new double[projects];
        double sum = 0;
        for (int i = 0; i < projects; i++) {
            raw[i] = Math.exp(0.7 * random.nextGaussian());
            sum += raw[i];
        }
        int[] sizes = new int[projects];
        int assigned = 0;
        int largest = 0;
        for (int i = 0; i < projects; i++) {
            sizes[i] = Math.max(12, (int) Math.round(raw[i] / sum * total));
            assigned += sizes[i];
            largest = sizes[i] > sizes[largest] ? i : largest;
        }
        sizes[largest] += total - assigned;
        return sizes;
    }
}
