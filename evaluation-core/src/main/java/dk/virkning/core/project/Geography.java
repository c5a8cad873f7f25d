package dk.virkning.core.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a project runs: the whole country, or a set of regions and/or municipalities, by
 * official code (regions 1081-1085, municipalities three digits; see {@link Municipalities}).
 * Empty lists and {@code national = false} mean the geography is not stated.
 */
public record Geography(boolean national, List<String> regionCodes, List<String> municipalityCodes) {

    public Geography {
        // Null elements are kept so that validation can name them; only absent lists become empty.
        regionCodes = regionCodes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(regionCodes));
        municipalityCodes = municipalityCodes == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(municipalityCodes));
    }

    public static Geography unstated() {
        return new Geography(false, List.of(), List.of());
    }
}
