package dk.virkning.stats.economy;

import dk.virkning.stats.definition.DefinitionFiles;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The valuation sets the platform ships, loaded from the classpath. Immutable: an application
 * loads it once ({@link #bundled()}) and shares the instance (a Spring bean where Spring runs).
 *
 * <p>The directory holds {@code index.json} — {@code {"current": "DK-2026.1", "sets":
 * ["DK-2026.1", ...]}} — and one {@code KEY.json} per listed key. A malformed index or set
 * fails the whole load: a catalogue is complete or absent.
 */
public final class ValuationSets {

    /** Where the platform's own sets live on the classpath. */
    public static final String DEFAULT_DIRECTORY = "valuation-sets";

    private final Map<String, ValuationSet> byKey;
    private final String currentKey;

    private ValuationSets(Map<String, ValuationSet> byKey, String currentKey) {
        this.byKey = byKey;
        this.currentKey = currentKey;
    }

    /**
     * The platform's own sets from {@value #DEFAULT_DIRECTORY}/, loaded on every call.
     *
     * @throws ValuationSetException if the index or a set is missing or invalid
     */
    public static ValuationSets bundled() {
        return fromClasspath(ValuationSets.class.getClassLoader(), DEFAULT_DIRECTORY);
    }

    /**
     * Loads the index and the sets it lists from a classpath directory.
     *
     * @throws ValuationSetException if the index or a set is missing or invalid
     */
    public static ValuationSets fromClasspath(ClassLoader loader, String directory) {
        DefinitionFiles.Directory<ValuationSetFile.Index, ValuationSet> read = ValuationSetReader.FILES.directory(
                loader, directory, ValuationSetFile.Index.class, ValuationSetReader::read, ValuationSet::key);
        Map<String, ValuationSet> byKey = new LinkedHashMap<>();
        read.values().forEach(set -> byKey.put(set.key(), set));
        return new ValuationSets(Collections.unmodifiableMap(byKey), read.index().current());
    }

    /** The set new estimates use unless told otherwise. */
    public ValuationSet current() {
        return byKey.get(currentKey);
    }

    /** The set with this key (e.g. {@code DK-2026.1}), if shipped. */
    public Optional<ValuationSet> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /**
     * The set with this key.
     *
     * @throws ValuationSetException naming the known keys if there is none
     */
    public ValuationSet get(String key) {
        return find(key).orElseThrow(() -> new ValuationSetException("Unknown valuation set '" + key
                + "' (known: " + String.join(", ", byKey.keySet()) + ")"));
    }

    /** All sets, in index order. */
    public List<ValuationSet> all() {
        return List.copyOf(byKey.values());
    }
}
