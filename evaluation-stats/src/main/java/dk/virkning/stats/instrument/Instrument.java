package dk.virkning.stats.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire instrument as defined by its definition file: items, answer values,
 * scoring rule, range, direction, cut-offs, minimal important change and source.
 *
 * <p>An instance is always internally consistent (see {@link InstrumentRules}): items
 * are keyed "1".."n", the declared range is exactly what the items can produce, and
 * every cut-off lies within it.
 *
 * @param id stable identifier, e.g. {@code WHO5}
 * @param version version of the definition
 * @param name the instrument's name
 * @param instruction the instruction or stem shown before the items
 * @param items the items, keyed "1".."n" in order
 * @param scoring how answers become a score
 * @param allowedMissing how many items may be missing for the total still to be scored
 *     (prorated, see {@link InstrumentScorer})
 * @param range the lowest and highest possible score
 * @param direction whether higher is better or worse
 * @param cutOffs named score categories; may be empty
 * @param primaryCutOffId the cut-off that defines a "case" in the statistics, or null
 * @param minimalImportantChange the minimal important change (MIC)
 * @param subscales separately scored groups of items; may be empty
 * @param source the reference for wording and scoring
 * @param reliability the published reliability used for the reliable change index, or null when
 *     the definition gives none (then the instrument has no reliable change)
 */
public record Instrument(
        String id,
        String version,
        LocalizedText name,
        LocalizedText instruction,
        List<Item> items,
        ScoringRule scoring,
        int allowedMissing,
        ScoreRange range,
        Direction direction,
        List<CutOff> cutOffs,
        String primaryCutOffId,
        MinimalImportantChange minimalImportantChange,
        List<Subscale> subscales,
        String source,
        Reliability reliability) {

    /** Tolerance for comparing changes with the MIC, so 10.000000001 vs 10 is not a miss. */
    private static final double TOLERANCE = 1e-9;

    public Instrument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(minimalImportantChange, "minimalImportantChange");
        items = List.copyOf(items);
        cutOffs = List.copyOf(cutOffs == null ? List.of() : cutOffs);
        subscales = List.copyOf(subscales == null ? List.of() : subscales);
        InstrumentRules.check(id, version, items, scoring, allowedMissing, range, cutOffs, primaryCutOffId,
                subscales, source);
    }

    /** The published reliability, if the definition gives one. */
    public Optional<Reliability> publishedReliability() {
        return Optional.ofNullable(reliability);
    }

    /** The item with this key, if any. */
    public Optional<Item> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The item keys, in order. */
    public List<String> itemKeys() {
        return items.stream().map(Item::key).toList();
    }

    /** The keys of the reverse-scored items, in order. */
    public List<String> reverseScoredItems() {
        return items.stream().filter(Item::reverseScored).map(Item::key).toList();
    }

    /** The cut-off with this id, if any. */
    public Optional<CutOff> cutOff(String cutOffId) {
        return cutOffs.stream().filter(c -> c.id().equals(cutOffId)).findFirst();
    }

    /** The cut-off that defines a case, if the instrument has one. */
    public Optional<CutOff> primaryCutOff() {
        return primaryCutOffId == null ? Optional.empty() : cutOff(primaryCutOffId);
    }

    /** The cut-offs a score falls in, in definition order. */
    public List<CutOff> categoriesOf(double score) {
        return cutOffs.stream().filter(c -> c.includes(score)).toList();
    }

    /** Whether the change from {@code before} to {@code after} is an improvement of at least the MIC. */
    public boolean isImportantImprovement(double before, double after) {
        return direction.improvement(before, after) >= minimalImportantChange.points() - TOLERANCE;
    }

    /** Whether the change from {@code before} to {@code after} is a deterioration of at least the MIC. */
    public boolean isImportantDeterioration(double before, double after) {
        return -direction.improvement(before, after) >= minimalImportantChange.points() - TOLERANCE;
    }
}
