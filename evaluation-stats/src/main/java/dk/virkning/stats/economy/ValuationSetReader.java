package dk.virkning.stats.economy;

import dk.virkning.stats.definition.DefinitionFiles;

/**
 * Reads one valuation set file (JSON) into a {@link ValuationSet}.
 *
 * <p>Format (see docs/methods.md (section 7)), bound as {@link ValuationSetFile}: {@code id},
 * {@code version}, {@code title} ({@code da}, {@code en}), {@code currency}, {@code priceYear},
 * optional {@code notes}, and {@code parameters}: objects with {@code id}, {@code value},
 * {@code unit}, optional {@code priceYear}, {@code low}, {@code high}, {@code distribution}
 * ({@code UNIFORM|TRIANGULAR|FIXED}), {@code source} — either {@code {"citation", "locator"}}
 * or the string {@code "ASSUMPTION"} — optional {@code rationale} (required for an
 * assumption) and {@code description} ({@code da}, {@code en}).
 * Reading is strict ({@link DefinitionFiles}): a missing or misspelt field, a duplicate key, a
 * wrong type or a broken rule fails with a {@link ValuationSetException} naming the file and
 * the JSON path.
 */
public final class ValuationSetReader {

    /** How this package reads its files; a failure is a {@link ValuationSetException}. */
    static final DefinitionFiles FILES = new DefinitionFiles("valuation set", "Valuation set",
            ValuationSetException::new);

    private ValuationSetReader() {
    }

    /**
     * Reads a set.
     *
     * @param sourceName the file's name, for messages (e.g. {@code valuation-sets/DK-2026.1.json})
     * @param json the file's content, kept as the set's {@link ValuationSet#definition()}
     * @throws ValuationSetException if it is not a valid, consistent set
     */
    public static ValuationSet read(String sourceName, String json) {
        return FILES.read(sourceName, json, ValuationSetFile.class, file -> file.set(json));
    }
}
