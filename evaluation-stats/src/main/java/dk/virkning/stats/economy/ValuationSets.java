package dk.virkning.stats.economy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The valuation sets the platform ships, loaded once from the classpath. Immutable.
 *
 * <p>The directory holds {@code index.json} — {@code {"current": "DK-2025.1", "sets":
 * ["DK-2025.1", ...]}} — and one {@code KEY.json} per listed key. A malformed index or set
 * fails the whole load: a catalogue is complete or absent.
 */
public final class ValuationSets {

    /** Where the platform's own sets live on the classpath. */
    public static final String DEFAULT_DIRECTORY = "valuation-sets";

    private static volatile ValuationSets standard;

    private final Map<String, ValuationSet> byKey;
    private final String currentKey;

    private ValuationSets(Map<String, ValuationSet> byKey, String currentKey) {
        this.byKey = byKey;
        this.currentKey = currentKey;
    }

    /** The platform's sets from {@value #DEFAULT_DIRECTORY}/, loaded on first use. */
    public static ValuationSets standard() {
        ValuationSets sets = standard;
        if (sets == null) {
            synchronized (ValuationSets.class) {
                sets = standard;
                if (sets == null) {
                    sets = fromClasspath(ValuationSets.class.getClassLoader(), DEFAULT_DIRECTORY);
                    standard = sets;
                }
            }
        }
        return sets;
    }

    /**
     * Loads the index and the sets it lists from a classpath directory.
     *
     * @throws ValuationSetException if the index or a set is missing or invalid
     */
    public static ValuationSets fromClasspath(ClassLoader loader, String directory) {
        String base = directory.endsWith("/") ? directory : directory + "/";
        String indexName = base + "index.json";
        JsonFields index;
        List<String> keys = new ArrayList<>();
        String current;
        try {
            index = new JsonFields(ValuationSetReader.parse(text(loader, indexName)), "");
            current = index.text("current");
            JsonNode array = index.array("sets");
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isString()) {
                    throw new ValuationSetException("sets[" + i + "]: expected a string");
                }
                keys.add(array.get(i).stringValue());
            }
            index.rejectUnknown();
        } catch (ValuationSetException e) {
            throw new ValuationSetException("Valuation set index " + indexName + " is invalid: " + e.getMessage(), e);
        }
        Map<String, ValuationSet> byKey = new LinkedHashMap<>();
        for (String key : keys) {
            String fileName = base + key + ".json";
            ValuationSet set = ValuationSetReader.read(fileName, text(loader, fileName));
            if (!set.key().equals(key)) {
                throw new ValuationSetException("Valuation set " + fileName + " is " + set.key() + " but "
                        + indexName + " lists it as " + key);
            }
            if (byKey.put(key, set) != null) {
                throw new ValuationSetException(indexName + " lists " + key + " twice");
            }
        }
        if (!byKey.containsKey(current)) {
            throw new ValuationSetException(indexName + ": current set " + current + " is not listed in sets");
        }
        return new ValuationSets(Collections.unmodifiableMap(byKey), current);
    }

    /** The set new estimates use unless told otherwise. */
    public ValuationSet current() {
        return byKey.get(currentKey);
    }

    /** The set with this key (e.g. {@code DK-2025.1}), if shipped. */
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

    private static String text(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new ValuationSetException("Cannot find " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
