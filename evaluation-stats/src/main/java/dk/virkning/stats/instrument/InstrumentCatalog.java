package dk.virkning.stats.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The instruments the platform knows, loaded once from definition files on the
 * classpath. Immutable and thread-safe.
 *
 * <p>The directory holds {@code index.json} — {@code {"instruments": ["WHO5", ...]}} —
 * and one {@code ID.json} per listed id. Listing files in an index, rather than
 * scanning the directory, works the same from a jar and from a folder. Any malformed
 * index or definition fails the whole load with an {@link InstrumentDefinitionException}
 * naming the file and field: a catalog is complete or absent.
 */
public final class InstrumentCatalog {

    /** Where the platform's own definitions live on the classpath. */
    public static final String DEFAULT_DIRECTORY = "instruments";

    private static volatile InstrumentCatalog standard;

    private final Map<String, Instrument> byId;

    private InstrumentCatalog(Map<String, Instrument> byId) {
        this.byId = byId;
    }

    /** The platform's instruments from {@value #DEFAULT_DIRECTORY}/, loaded on first use. */
    public static InstrumentCatalog standard() {
        InstrumentCatalog catalog = standard;
        if (catalog == null) {
            synchronized (InstrumentCatalog.class) {
                catalog = standard;
                if (catalog == null) {
                    catalog = fromClasspath(InstrumentCatalog.class.getClassLoader(), DEFAULT_DIRECTORY);
                    standard = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Loads the index and the definitions it lists from a classpath directory.
     *
     * @param loader the class loader to read resources with
     * @param directory the resource directory, e.g. {@code instruments}
     * @throws InstrumentDefinitionException if the index or a definition is missing or malformed
     */
    public static InstrumentCatalog fromClasspath(ClassLoader loader, String directory) {
        String base = directory.endsWith("/") ? directory : directory + "/";
        String indexName = base + "index.json";
        List<String> ids = readIndex(indexName, open(loader, indexName, "the instrument index"));
        List<Instrument> instruments = new ArrayList<>();
        for (String id : ids) {
            String fileName = base + id + ".json";
            try (InputStream in = open(loader, fileName, "instrument " + id + " listed in " + indexName)) {
                Instrument instrument = InstrumentDefinitionReader.read(fileName, in);
                if (!instrument.id().equals(id)) {
                    throw new InstrumentDefinitionException("Instrument definition " + fileName + " has id "
                            + instrument.id() + " but " + indexName + " lists it as " + id);
                }
                instruments.add(instrument);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + fileName, e);
            }
        }
        return of(instruments);
    }

    /**
     * A catalog of the given instruments, in the given order.
     *
     * @throws InstrumentDefinitionException if two share an id
     */
    public static InstrumentCatalog of(Collection<Instrument> instruments) {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            Objects.requireNonNull(instrument, "instrument");
            if (byId.putIfAbsent(instrument.id(), instrument) != null) {
                throw new InstrumentDefinitionException("Instrument " + instrument.id() + " is defined twice");
            }
        }
        return new InstrumentCatalog(Collections.unmodifiableMap(byId));
    }

    /**
     * The instrument with this id (exact, case-sensitive).
     *
     * @throws UnknownInstrumentException if there is none
     */
    public Instrument get(String id) {
        return find(id).orElseThrow(() -> new UnknownInstrumentException(id,
                "Unknown instrument '" + id + "' (known: " + String.join(", ", ids()) + ")"));
    }

    /** The instrument with this id (exact, case-sensitive), if any. */
    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** All instruments, in index order. */
    public List<Instrument> all() {
        return List.copyOf(byId.values());
    }

    /** All instrument ids, in index order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    private static InputStream open(ClassLoader loader, String name, String what) {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new InstrumentDefinitionException("Cannot find " + what + ": " + name + " is not on the classpath");
        }
        return in;
    }

    private static List<String> readIndex(String indexName, InputStream in) {
        try (in) {
            JsonNode tree = InstrumentDefinitionReader.parse(in);
            DefinitionNode root = DefinitionNode.root(tree);
            List<String> ids = root.texts("instruments");
            root.rejectUnknownFields();
            if (ids.isEmpty()) {
                throw new InstrumentDefinitionException("instruments: lists no instrument");
            }
            if (ids.stream().distinct().count() != ids.size()) {
                throw new InstrumentDefinitionException("instruments: an id is listed twice");
            }
            return ids;
        } catch (InstrumentDefinitionException e) {
            throw new InstrumentDefinitionException("Instrument index " + indexName + " is invalid: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + indexName, e);
        }
    }
}
