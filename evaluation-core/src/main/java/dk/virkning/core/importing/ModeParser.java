package dk.virkning.core.importing;

import java.util.Locale;
import java.util.Map;

/**
 * Reads how a response was collected. The canonical values are the domain's SELF, WEB_LINK,
 * INTERVIEW and STAFF_ENTERED; case, spaces and hyphens do not matter, and a few Danish and
 * short forms that survey exports use are accepted too.
 */
final class ModeParser {

    private static final Map<String, String> MODES = Map.ofEntries(
            Map.entry("SELF", "SELF"),
            Map.entry("SELV", "SELF"),
            Map.entry("WEB_LINK", "WEB_LINK"),
            Map.entry("WEBLINK", "WEB_LINK"),
            Map.entry("WEB", "WEB_LINK"),
            Map.entry("LINK", "WEB_LINK"),
            Map.entry("INTERVIEW", "INTERVIEW"),
            Map.entry("STAFF_ENTERED", "STAFF_ENTERED"),
            Map.entry("STAFF", "STAFF_ENTERED"),
            Map.entry("PERSONALE", "STAFF_ENTERED"),
            Map.entry("MEDARBEJDER", "STAFF_ENTERED"));

    private ModeParser() {
    }

    /** @param text a trimmed, non-blank cell */
    static CellParse<String> parse(String text) {
        String key = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        String mode = MODES.get(key);
        if (mode == null) {
            return CellParse.failure(ImportProblemCodes.INVALID_MODE, Quoted.text(text)
                    + " is not a mode; use SELF, WEB_LINK, INTERVIEW or STAFF_ENTERED");
        }
        return CellParse.of(mode);
    }
}
