package dk.virkning.core.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Generates participants whose answers follow realistic distributions, for the demo and for
 * benchmarks. Each person has a latent loneliness z-score (standard normal at baseline in the
 * target group, shifted towards loneliness); well-being and life satisfaction correlate
 * negatively with it (r ≈ −0.5, in line with Danish health-profile data). The intervention moves
 * the latent score by {@code effect} standard deviations by the post wave, controls move by a
 * small secular drift, and the effect partly fades by follow-up. Drop-out is more likely for
 * the lonelier participants, so attrition analyses have something to find.
 *
 * @param seed          makes the cohort reproducible
 * @param effect        improvement of the intervention arm, in latent SDs, at the post wave
 * @param baselineShift how much lonelier than the population the target group starts (SDs)
 */
public record SyntheticCohort(long seed, double effect, double baselineShift) {

    private static final String[] GENDERS = {"FEMALE", "FEMALE", "FEMALE", "MALE", "MALE", "OTHER", "UNKNOWN"};
    private static final String[] CHANNELS = {"PREVENTIVE_HOME_VISIT", "MUNICIPAL_REFERRAL", "HEALTH_REFERRAL",
            "ADVERTISEMENT", "FLYER", "WORD_OF_MOUTH", "ONLINE", "SELF_REFERRAL"};

    /**
     * @param codePrefix  participant codes are prefix + a running number (never an identifier)
     * @param count       number of participants
     * @param controlShare share of participants in the CONTROL arm (0 for uncontrolled designs)
     * @param ageMin      youngest age, inclusive
     * @param ageMax      oldest age, inclusive
     * @param referenceYear the year ages are counted from
     * @param waves       wave names in order; the first is baseline
     * @param instruments instrument ids to answer (WHO5, TILS, LIFE_SAT, UNWANTED_ALONE, DJG6)
     */
    public List<SyntheticParticipant> participants(String codePrefix, int count, double controlShare, int ageMin,
            int ageMax, int referenceYear, List<String> waves, List<String> instruments) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> {
            boolean control = random.nextDouble() < controlShare;
            double baseline = random.nextGaussian() + baselineShift;
            double personalResponse = effect * (0.5 + random.nextDouble());
            Map<String, Map<String, Map<String, Integer>>> answers = new LinkedHashMap<>();
            boolean droppedOut = false;
            for (int w = 0; w < waves.size(); w++) {
                if (w > 0 && !droppedOut) {
                    double dropout = 0.10 + 0.06 * Math.max(0, baseline);
                    droppedOut = random.nextDouble() < dropout;
                }
                if (droppedOut) {
                    break;
                }
                double change = w == 0 ? 0 : (control ? 0.05 : personalResponse) * (w == 1 ? 1.0 : 0.7);
                double latent = baseline - change + 0.35 * random.nextGaussian();
                Map<String, Map<String, Integer>> byInstrument = new LinkedHashMap<>();
                for (String instrument : instruments) {
                    byInstrument.put(instrument, items(instrument, latent, random));
                }
                answers.put(waves.get(w), byInstrument);
            }
            int age = ageMin + random.nextInt(ageMax - ageMin + 1);
            return new SyntheticParticipant(
                    codePrefix + String.format("%04d", i + 1),
                    control ? "CONTROL" : "INTERVENTION",
                    referenceYear - age,
                    GENDERS[random.nextInt(GENDERS.length)],
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    random.nextInt(60),
                    answers);
        }).toList();
    }

    /** Item answers for one instrument at a latent loneliness z-score (higher = lonelier). */
    static Map<String, Integer> items(String instrument, double lonely, Random random) {
        Map<String, Integer> items = new LinkedHashMap<>();
        switch (instrument) {
            case "WHO5" -> {
                // Population WHO-5 mean ≈ 68 (raw 3.4 per item); loneliness lowers it.
                for (int i = 1; i <= 5; i++) {
                    items.put(String.valueOf(i), clamp(Math.round(3.2 - 0.75 * lonely + 0.8 * random.nextGaussian()), 0, 5));
                }
            }
            case "TILS" -> {
                for (int i = 1; i <= 3; i++) {
                    items.put(String.valueOf(i), clamp(Math.round(1.6 + 0.55 * lonely + 0.45 * random.nextGaussian()), 1, 3));
                }
            }
            case "LIFE_SAT" -> items.put("1", clamp(Math.round(7.2 - 1.1 * lonely + 1.2 * random.nextGaussian()), 0, 10));
            case "UNWANTED_ALONE" -> items.put("1", clamp(Math.round(1.8 + 0.8 * lonely + 0.6 * random.nextGaussian()), 1, 4));
            case "DJG6" -> {
                // Stored answers: Ja = 3, Mere eller mindre = 2, Nej = 1. Items 1-3 emotional, 4-6 social (positively worded).
                for (int i = 1; i <= 6; i++) {
                    double tendency = 1.5 + 0.6 * lonely + 0.5 * random.nextGaussian();
                    int answer = clamp(Math.round(tendency), 1, 3);
                    items.put(String.valueOf(i), i <= 3 ? answer : 4 - answer);
                }
            }
            default -> throw new IllegalArgumentException("No synthetic model for instrument " + instrument);
        }
        return items;
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
