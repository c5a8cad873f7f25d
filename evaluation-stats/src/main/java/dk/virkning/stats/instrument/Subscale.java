package dk.virkning.stats.instrument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named group of items scored separately, e.g. the emotional and the social
 * loneliness subscales of DJG6. A subscale is scored with the instrument's method and
 * multiplier, but never with its conversion table (that maps total raw sums only).
 *
 * @param id stable identifier, e.g. {@code EMOTIONAL}
 * @param name the subscale's name in reports
 * @param items the keys of its items
 * @param allowedMissing how many of its items may be missing for it still to be scored
 */
public record Subscale(String id, LocalizedText name, List<String> items, int allowedMissing) {

    public Subscale {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("subscale id is missing");
        }
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("subscale " + id + " has no items");
        }
        if (new HashSet<>(items).size() != items.size()) {
            throw new IllegalArgumentException("subscale " + id + " lists an item twice");
        }
        if (allowedMissing < 0 || allowedMissing >= items.size()) {
            throw new IllegalArgumentException("subscale " + id + ": allowed missing must be 0.."
                    + (items.size() - 1) + ", was " + allowedMissing);
        }
    }
}
