package dk.virkning.stats.instrument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question of an instrument with its answer options.
 *
 * <p>A reverse-scored item is scored as {@code min + max − answer}, where min and max
 * are the lowest and highest of the item's option values: on a 1-3 item, 3 scores 1
 * and 1 scores 3. The stored answer is never reversed, only its score.
 *
 * @param key the item's key in an answer map, "1".."n" in order
 * @param text the question or statement
 * @param options the answer options, in the order the form shows them
 * @param reverseScored whether the item is reverse-scored
 */
public record Item(String key, LocalizedText text, List<AnswerOption> options, boolean reverseScored) {

    public Item {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("item key is missing");
        }
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("item " + key + " has no answer options");
        }
        Set<Integer> seen = new HashSet<>();
        for (AnswerOption option : options) {
            if (!seen.add(option.value())) {
                throw new IllegalArgumentException("item " + key + " has answer value " + option.value() + " twice");
            }
        }
    }

    /** Whether {@code value} is one of the item's answer values. */
    public boolean allows(int value) {
        return option(value).isPresent();
    }

    /** The option with this value, if any. */
    public Optional<AnswerOption> option(int value) {
        return options.stream().filter(o -> o.value() == value).findFirst();
    }

    /** The answer values, ascending. */
    public List<Integer> allowedValues() {
        return options.stream().map(AnswerOption::value).sorted().toList();
    }

    /** The lowest answer value. */
    public int minValue() {
        return options.stream().mapToInt(AnswerOption::value).min().orElseThrow();
    }

    /** The highest answer value. */
    public int maxValue() {
        return options.stream().mapToInt(AnswerOption::value).max().orElseThrow();
    }

    /** The value an answer contributes to scoring: the answer itself, or its reverse. */
    public int scoredValue(int answer) {
        return reverseScored ? minValue() + maxValue() - answer : answer;
    }
}
