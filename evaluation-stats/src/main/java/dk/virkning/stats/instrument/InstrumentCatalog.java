package dk.virkning.stats.instrument;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruments the platform knows, loaded from definition files on the classpath.
 * Immutable and thread-safe: an application loads it once ({@link #bundled()}) and shares the
 * instance (a Spring bean where Spring runs).
 *
 * <p>The directory holds {@code index.json} — {@code {"instruments": ["WHO5", ...]}} —
 * and one {@code ID.json} per listed id. Any malformed
 * index or definition fails the whole load with an {@link InstrumentDefinitionException}
 * naming the file and field: a catalog is complete or absent.
 */
public final class InstrumentCatalog {

    /** Where the platform's own definitions live on the classpath. */
    public static final String DEFAULT_DIRECTORY = "instruments";

    private final Map<String, Instrument> byId;

    private InstrumentCatalog(Map<String, Instrument> byId) {
        this.byId = byId;
    }

    /**
     * The platform's own instruments from {@value #DEFAULT_DIRECTORY}/, loaded on every call.
     *
     * @throws InstrumentDefinitionException if the index or a definition is missing or malformed
     */
    public static InstrumentCatalog bundled() {
        return fromClasspath(InstrumentCatalog.class.getClassLoader(), DEFAULT_DIRECTORY);
    }

    /**
     * Loads the index and the definitions it lists from a classpath directory.
     *
     * @param loader the class loader to read resources with
     * @param directory the resource directory, e.g. {@code instruments}
     * @throws InstrumentDefinitionException if the index or a definition is missing or malformed
     */
    public static InstrumentCatalog fromClasspath(ClassLoader loader, String directory) {
        return of(InstrumentDefinitionReader.FILES.directory(loader, directory, InstrumentFile.Index.class,
                InstrumentDefinitionReader::read, Instrument::id).values());
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
}
