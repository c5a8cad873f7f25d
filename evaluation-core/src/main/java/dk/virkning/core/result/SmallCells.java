package dk.virkning.core.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suppression of small cells for everyone but a project's own staff (PRIVACY.md: "any cell with
 * n &lt; 5"). A result row resting on fewer than five participants shows no statistics at all;
 * in larger rows, every count of people between 1 and 4 (cases resolved, participants reaching
 * the minimal important change, ...) is withheld, together with the share that would reveal it.
 * Zero is shown: that nobody is in a cell discloses no one.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    /** Count fields, each with the fields that would let a reader recompute it. */
    private static final Map<String, List<String>> COUNTS = Map.ofEntries(
            Map.entry("n", List.of()),
            Map.entry("n_missing", List.of()),
            Map.entry("cases_pre", List.of()),
            Map.entry("cases_post", List.of()),
            Map.entry("cases_resolved", List.of("mcnemar_p", "mcnemar_exact_p")),
            Map.entry("cases_new", List.of("mcnemar_p", "mcnemar_exact_p")),
            Map.entry("mic_improved", List.of("share_improved")),
            Map.entry("mic_deteriorated", List.of("share_deteriorated")),
            Map.entry("n_intervention", List.of()),
            Map.entry("n_control", List.of()),
            Map.entry("n_completers", List.of()),
            Map.entry("n_non_completers", List.of()));

    private SmallCells() {
    }

    /** The statistics as a funder may see them, and the names of the fields withheld. */
    public static Suppressed suppress(Map<String, Object> statistics, boolean wholeRowSuppressed) {
        Map<String, Object> shown = new LinkedHashMap<>(statistics);
        List<String> withheld = new ArrayList<>();
        if (wholeRowSuppressed) {
            shown.replaceAll((name, value) -> null);
            withheld.addAll(statistics.keySet());
            return new Suppressed(shown, withheld);
        }
        COUNTS.forEach((field, revealing) -> {
            if (shown.get(field) instanceof Number count && count.intValue() > 0 && count.intValue() < THRESHOLD) {
                shown.put(field, null);
                withheld.add(field);
                for (String other : revealing) {
                    if (shown.containsKey(other)) {
                        shown.put(other, null);
                        withheld.add(other);
                    }
                }
            }
        });
        return new Suppressed(shown, withheld.stream().distinct().sorted().toList());
    }

    public record Suppressed(Map<String, Object> statistics, List<String> withheld) {
    }
}
