package dk.virkning.core.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The named (non-item) columns an import file may have, with the header spellings accepted for
 * each. Danish aliases let files from Danish survey tools and spreadsheets through unchanged.
 */
enum KnownColumn {
    PARTICIPANT("participant", "participant_code", "participant_id", "deltager", "deltagerkode",
            "deltager_kode", "deltager_id"),
    WAVE("wave", "målepunkt", "maalepunkt"),
    INSTRUMENT("instrument", "skema", "spørgeskema", "spoergeskema"),
    ANSWERED_ON("answered_on", "answered", "date", "besvaret", "besvaret_den", "besvarelsesdato",
            "dato"),
    ITEM("item", "spørgsmål", "spoergsmaal", "sporgsmaal"),
    VALUE("value", "answer", "værdi", "vaerdi", "svar"),
    MODE("mode", "metode");

    private final Set<String> aliases;

    KnownColumn(String... aliases) {
        this.aliases = Set.of(aliases);
    }

    /** The canonical (English) header name, used in messages about missing columns. */
    String canonicalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<KnownColumn> forHeader(String header) {
        String key = normalise(header);
        for (KnownColumn column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Header text as compared: NFC (macOS writes å as a + ring), lower case, and runs of spaces,
     * hyphens and underscores as one underscore, so "Answered on" equals "answered_on".
     */
    static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_-]+", "_");
    }
}
