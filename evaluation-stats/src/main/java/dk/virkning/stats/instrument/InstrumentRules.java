package dk.virkning.stats.instrument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The internal-consistency rules every instrument obeys, checked when one is built so
 * that a malformed definition fails at load time rather than producing wrong scores.
 */
final class InstrumentRules {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Declared and achievable bounds are compared with this tolerance (MEAN can give fractions). */
    private static final double TOLERANCE = 1e-9;

    private InstrumentRules() {
    }

    static void check(String id, String version, List<Item> items, ScoringRule scoring, int allowedMissing,
            ScoreRange range, List<CutOff> cutOffs, String primaryCutOffId, List<Subscale> subscales, String source) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("instrument id must be upper case letters, digits and _, was " + id);
        }
        requireText(version, "version");
        requireText(source, "source");
        checkItemKeys(items);
        if (allowedMissing < 0 || allowedMissing >= items.size()) {
            throw new IllegalArgumentException("allowed missing must be 0.." + (items.size() - 1) + ", was "
                    + allowedMissing);
        }
        if (scoring.converts() && allowedMissing > 0) {
            throw new IllegalArgumentException("a conversion table needs allowed missing 0: a prorated raw sum is "
                    + "not a whole number and has no table entry");
        }
        checkRange(items, scoring, range);
        checkCutOffs(range, cutOffs, primaryCutOffId);
        checkSubscales(items, subscales);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    private static void checkItemKeys(List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            String expected = Integer.toString(i + 1);
            if (!items.get(i).key().equals(expected)) {
                throw new IllegalArgumentException("items must be keyed 1.." + items.size() + " in order; item "
                        + expected + " has key " + items.get(i).key());
            }
        }
    }

    private static void checkRange(List<Item> items, ScoringRule scoring, ScoreRange declared) {
        ScoreRange achievable = achievableRange(items, scoring);
        if (Math.abs(achievable.min() - declared.min()) > TOLERANCE
                || Math.abs(achievable.max() - declared.max()) > TOLERANCE) {
            throw new IllegalArgumentException("declared range " + format(declared.min()) + "-"
                    + format(declared.max()) + " differs from what the items can produce: "
                    + format(achievable.min()) + "-" + format(achievable.max()));
        }
    }

    /**
     * The lowest and highest score of a complete answer set: every reachable raw sum
     * (found by adding each item's possible contributions) mapped through the rule.
     */
    static ScoreRange achievableRange(List<Item> items, ScoringRule scoring) {
        Set<Integer> rawSums = new TreeSet<>(Set.of(0));
        for (Item item : items) {
            Set<Integer> next = new TreeSet<>();
            for (int sum : rawSums) {
                for (AnswerOption option : item.options()) {
                    next.add(sum + scoring.contribution(item.scoredValue(option.value())));
                }
            }
            rawSums = next;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int raw : rawSums) {
            double score;
            if (scoring.converts()) {
                Double converted = scoring.conversion().get(raw);
                if (converted == null) {
                    throw new IllegalArgumentException("conversion table has no entry for raw sum " + raw);
                }
                score = converted;
            } else {
                score = scoring.scale(raw, items.size());
            }
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        return new ScoreRange(min, max);
    }

    private static void checkCutOffs(ScoreRange range, List<CutOff> cutOffs, String primaryCutOffId) {
        Set<String> ids = new HashSet<>();
        for (CutOff cutOff : cutOffs) {
            if (!ids.add(cutOff.id())) {
                throw new IllegalArgumentException("cut-off " + cutOff.id() + " is defined twice");
            }
            if (!range.contains(cutOff.threshold())) {
                throw new IllegalArgumentException("cut-off " + cutOff.id() + ": threshold "
                        + format(cutOff.threshold()) + " is outside the range " + format(range.min()) + "-"
                        + format(range.max()));
            }
        }
        if (primaryCutOffId != null && !ids.contains(primaryCutOffId)) {
            throw new IllegalArgumentException("primary cut-off " + primaryCutOffId + " is not one of the cut-offs "
                    + ids);
        }
    }

    private static void checkSubscales(List<Item> items, List<Subscale> subscales) {
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(i.key()));
        Set<String> ids = new HashSet<>();
        for (Subscale subscale : subscales) {
            if (!ids.add(subscale.id())) {
                throw new IllegalArgumentException("subscale " + subscale.id() + " is defined twice");
            }
            for (String key : subscale.items()) {
                if (!keys.contains(key)) {
                    throw new IllegalArgumentException("subscale " + subscale.id() + " lists unknown item " + key);
                }
            }
        }
    }

    /** A number as people write it: 50, not 50.0. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
