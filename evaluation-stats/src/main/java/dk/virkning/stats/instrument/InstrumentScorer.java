package dk.virkning.stats.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates and scores answers with an instrument's definition. Stateless and
 * thread-safe; it never throws for user input: every problem it can detect comes back
 * in {@link Score#problems()} or from {@link #validate}.
 *
 * <p>The rule, all of it from the definition:
 * <ol>
 *   <li>Each answered item's scored value is its answer, or {@code min + max − answer}
 *       for a reverse-scored item.</li>
 *   <li>Its contribution is the scored value, or for {@code COUNT_AT_LEAST} 1 when the
 *       scored value reaches the threshold and 0 otherwise. The raw sum adds them up.</li>
 *   <li>With m of n items missing and m ≤ allowed missing, the raw sum is prorated:
 *       {@code raw × n / (n − m)}, i.e. each missing item is taken to contribute the
 *       mean of the answered ones. No rounding. With m &gt; allowed missing there is no
 *       score. (WHO5, TILS, LIFE_SAT, UNWANTED_ALONE and DJG6 allow 0.)</li>
 *   <li>The score is the (prorated) raw sum × multiplier for SUM and COUNT_AT_LEAST, its
 *       mean over n × multiplier for MEAN, or the conversion table's entry for the raw
 *       sum when the definition has one.</li>
 *   <li>Subscales are scored the same way over their own items with their own allowed
 *       missing, without the conversion table. They are scored even when the total is
 *       not, as long as no answer is invalid.</li>
 * </ol>
 */
public final class InstrumentScorer {

    /**
     * Every problem of an answer map: unknown items, values outside the item's answers,
     * and (when more are missing than allowed) each missing item. Empty when the
     * answers can be scored. A key mapped to null counts as missing.
     *
     * @param instrument the instrument answered
     * @param answers item key → answer value; null is treated as no answers
     */
    public List<AnswerProblem> validate(Instrument instrument, Map<String, Integer> answers) {
        Objects.requireNonNull(instrument, "instrument");
        return AnswerValidator.validate(instrument, answers == null ? Map.of() : answers);
    }

    /**
     * Scores an answer map.
     *
     * @param instrument the instrument answered
     * @param answers item key → answer value; a key mapped to null, or absent, is missing
     * @return the score, or a score without value carrying the problems
     */
    public Score score(Instrument instrument, Map<String, Integer> answers) {
        Objects.requireNonNull(instrument, "instrument");
        Map<String, Integer> given = answers == null ? Map.of() : answers;
        List<AnswerProblem> problems = AnswerValidator.validate(instrument, given);
        List<String> missing = instrument.items().stream()
                .map(Item::key)
                .filter(key -> given.get(key) == null)
                .toList();
        boolean invalidAnswers = problems.stream().anyMatch(p -> p.code() != AnswerProblem.Code.MISSING_ITEM);
        List<SubscaleScore> subscales = new ArrayList<>();
        for (Subscale subscale : instrument.subscales()) {
            subscales.add(invalidAnswers
                    ? new SubscaleScore(subscale.id(), null, null, false)
                    : scoreSubscale(instrument, subscale, given));
        }
        if (!problems.isEmpty()) {
            return new Score(instrument.id(), instrument.version(), null, null, subscales, List.of(), null, missing,
                    false, problems);
        }
        int raw = rawSum(instrument, instrument.itemKeys(), given);
        int itemCount = instrument.items().size();
        int answered = itemCount - missing.size();
        ScoringRule rule = instrument.scoring();
        // Allowed missing is 0 whenever there is a conversion table, so raw covers every item here.
        double value = rule.converts()
                ? rule.conversion().get(raw)
                : rule.scale(prorate(raw, itemCount, answered), itemCount);
        Boolean isCase = instrument.primaryCutOff().map(c -> c.includes(value)).orElse(null);
        return new Score(instrument.id(), instrument.version(), value, raw, subscales,
                instrument.categoriesOf(value), isCase, missing, !missing.isEmpty(), List.of());
    }

    private static SubscaleScore scoreSubscale(Instrument instrument, Subscale subscale, Map<String, Integer> given) {
        int itemCount = subscale.items().size();
        int answered = (int) subscale.items().stream().filter(key -> given.get(key) != null).count();
        if (itemCount - answered > subscale.allowedMissing()) {
            return new SubscaleScore(subscale.id(), null, null, false);
        }
        int raw = rawSum(instrument, subscale.items(), given);
        double value = instrument.scoring().scale(prorate(raw, itemCount, answered), itemCount);
        return new SubscaleScore(subscale.id(), value, raw, answered < itemCount);
    }

    /** The contributions of the answered items among {@code keys}, added up. */
    private static int rawSum(Instrument instrument, List<String> keys, Map<String, Integer> given) {
        int raw = 0;
        for (String key : keys) {
            Integer answer = given.get(key);
            if (answer != null) {
                Item item = instrument.item(key).orElseThrow();
                raw += instrument.scoring().contribution(item.scoredValue(answer));
            }
        }
        return raw;
    }

    private static double prorate(int raw, int itemCount, int answered) {
        return answered == itemCount ? raw : (double) raw * itemCount / answered;
    }
}
