package dk.virkning.core.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The five Danish regions and the 98 municipalities, by their official codes (Danmarks
 * Statistik / DAGI: regions 1081-1085, municipalities three digits; Christiansø, 411, is not a
 * municipality). Read from {@code municipalities.csv} beside this class, so that a boundary
 * reform is a data change. The region of each municipality is kept for the planned anonymised
 * exports, which will generalise municipality to region (docs/privacy.md, not built yet).
 */
public final class Municipalities {

    /** Official region codes and names. */
    public static final Map<String, String> REGIONS = Map.of(
            "1081", "Region Nordjylland",
            "1082", "Region Midtjylland",
            "1083", "Region Syddanmark",
            "1084", "Region Hovedstaden",
            "1085", "Region Sjælland");

    /** One municipality. */
    public record Municipality(String code, String name, String regionCode) {
    }

    private static final Map<String, Municipality> BY_CODE = load();

    private Municipalities() {
    }

    public static boolean isRegion(String code) {
        return code != null && REGIONS.containsKey(code);
    }

    public static boolean isMunicipality(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Municipality> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** All municipalities by code, in code order. */
    public static Map<String, Municipality> all() {
        return BY_CODE;
    }

    private static Map<String, Municipality> load() {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.csv")) {
            if (in == null) {
                throw new IllegalStateException("municipalities.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3 || !cells[0].matches("[0-9]{3}") || !REGIONS.containsKey(cells[2])) {
                    throw new IllegalStateException("municipalities.csv: malformed line '" + line + "'");
                }
                byCode.put(cells[0], new Municipality(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read municipalities.csv", e);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
