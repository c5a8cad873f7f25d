package dk.virkning.stats.instrument;

import java.util.List;
import java.util.Optional;

/**
 * The result of scoring one response. Immutable.
 *
 * <p>{@code value} is null exactly when {@code problems} is not empty: an invalid
 * answer, an unknown item, or more missing items than the instrument allows. Categories
 * are then empty and {@code isCase} is null.
 *
 * @param instrumentId the instrument scored
 * @param instrumentVersion the version of its definition
 * @param value the score on the instrument's scale (e.g. WHO-5 0-100), or null
 * @param rawSum the answered items' contributions added up, before the multiplier,
 *     mean, prorating or conversion (WHO-5: 0-25; DJG6: the count); null with value
 * @param subscales one entry per subscale of the instrument, in definition order
 * @param categories the cut-offs the score falls in, in definition order
 * @param isCase whether the score meets the primary cut-off; null when there is no
 *     score or the instrument has no primary cut-off
 * @param missingItems keys of the unanswered items, in item order
 * @param prorated whether the score was prorated for missing items
 * @param problems every problem of the answers; empty when the value is present
 */
public record Score(
        String instrumentId,
        String instrumentVersion,
        Double value,
        Integer rawSum,
        List<SubscaleScore> subscales,
        List<CutOff> categories,
        Boolean isCase,
        List<String> missingItems,
        boolean prorated,
        List<AnswerProblem> problems) {

    public Score {
        subscales = List.copyOf(subscales);
        categories = List.copyOf(categories);
        missingItems = List.copyOf(missingItems);
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a score has a value exactly when its answers have no problem");
        }
    }

    /** Whether the response could be scored. */
    public boolean hasValue() {
        return value != null;
    }

    /** The score of the subscale with this id, if the instrument has it. */
    public Optional<SubscaleScore> subscale(String id) {
        return subscales.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The ids of the categories, in definition order. */
    public List<String> categoryIds() {
        return categories.stream().map(CutOff::id).toList();
    }
}
