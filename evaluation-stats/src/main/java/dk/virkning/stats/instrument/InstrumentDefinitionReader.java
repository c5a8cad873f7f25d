package dk.virkning.stats.instrument;

import dk.virkning.stats.definition.DefinitionFiles;

/**
 * Reads one instrument definition file (JSON) into an {@link Instrument}.
 *
 * <p>The format is described in docs/instruments.md and bound as {@link InstrumentFile}.
 * Reading is strict ({@link DefinitionFiles}): a missing required field, a misspelt field, a
 * duplicate key, a wrong type or a broken consistency rule fails with an
 * {@link InstrumentDefinitionException} naming the file and the JSON path. Items without
 * their own {@code options} take the instrument's shared {@code answerOptions}.
 */
public final class InstrumentDefinitionReader {

    /** How this package reads its files; a failure is an {@link InstrumentDefinitionException}. */
    static final DefinitionFiles FILES = new DefinitionFiles("instrument", "Instrument definition",
            InstrumentDefinitionException::new);

    private InstrumentDefinitionReader() {
    }

    /**
     * Reads a definition.
     *
     * @param sourceName the file's name, for error messages (e.g. {@code instruments/WHO5.json})
     * @param json the file's content
     * @throws InstrumentDefinitionException if it is not a valid, consistent definition
     */
    public static Instrument read(String sourceName, String json) {
        return FILES.read(sourceName, json, InstrumentFile.class, InstrumentFile::instrument);
    }
}
