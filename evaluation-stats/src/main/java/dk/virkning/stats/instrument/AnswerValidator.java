package dk.virkning.stats.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds every problem of an answer map against an instrument. A key whose value is
 * null counts as missing, like an absent key.
 *
 * <p>Problems come in item order, then unknown keys in numeric-then-text order, so the
 * same input always gives the same list. Missing items are problems only when more are
 * missing than the instrument allows.
 */
final class AnswerValidator {

    /** Unknown keys: numeric ones by number ("6" before "10"), then the rest alphabetically. */
    private static final Comparator<String> KEY_ORDER = Comparator
            .comparing((String key) -> !key.matches("\\d{1,9}"))
            .thenComparing(key -> key.matches("\\d{1,9}") ? Integer.parseInt(key) : 0)
            .thenComparing(Comparator.naturalOrder());

    private AnswerValidator() {
    }

    static List<AnswerProblem> validate(Instrument instrument, Map<String, Integer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        long missingCount = instrument.items().stream().filter(item -> answers.get(item.key()) == null).count();
        boolean tooManyMissing = missingCount > instrument.allowedMissing();
        for (Item item : instrument.items()) {
            Integer value = answers.get(item.key());
            if (value == null) {
                if (tooManyMissing) {
                    problems.add(new AnswerProblem(item.key(), AnswerProblem.Code.MISSING_ITEM,
                            prefix(instrument, item.key()) + "missing answer ("
                                    + missingRule(instrument, missingCount) + ")"));
                }
            } else if (!item.allows(value)) {
                problems.add(new AnswerProblem(item.key(), AnswerProblem.Code.VALUE_NOT_ALLOWED,
                        prefix(instrument, item.key()) + value + " is not an allowed answer (allowed: "
                                + join(item.allowedValues()) + ")"));
            }
        }
        unknownKeys(instrument, answers, problems);
        return List.copyOf(problems);
    }

    private static void unknownKeys(Instrument instrument, Map<String, Integer> answers, List<AnswerProblem> problems) {
        List<String> unknown = new ArrayList<>();
        boolean keyless = false;
        for (String key : answers.keySet()) {
            if (key == null) {
                keyless = true;
            } else if (instrument.item(key).isEmpty()) {
                unknown.add(key);
            }
        }
        unknown.sort(KEY_ORDER);
        for (String key : unknown) {
            problems.add(new AnswerProblem(key, AnswerProblem.Code.UNKNOWN_ITEM, prefix(instrument, key)
                    + "unknown item (" + instrument.id() + " has items " + join(instrument.itemKeys()) + ")"));
        }
        if (keyless) {
            problems.add(new AnswerProblem(null, AnswerProblem.Code.UNKNOWN_ITEM,
                    instrument.id() + ": an answer has no item key"));
        }
    }

    private static String missingRule(Instrument instrument, long missingCount) {
        if (instrument.allowedMissing() == 0) {
            return instrument.id() + " allows no missing items";
        }
        return missingCount + " of " + instrument.items().size() + " missing; " + instrument.id()
                + " allows at most " + instrument.allowedMissing();
    }

    private static String prefix(Instrument instrument, String key) {
        return instrument.id() + " item " + key + ": ";
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
